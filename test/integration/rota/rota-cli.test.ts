import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cliContext } from '../../../src/main/cli/context';
import { cli } from '../../helpers/cli';
import { GOOD_PASSWORD, TEST_SCRYPT, tempDir } from '../../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

/** A database made by `waymark init`, with a small night rota put in through the channels. */
async function rotaDb() {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const db = join(dir, 'office.db');
  expect((await cli(['init', '--db', db, '--org', 'Harbour Refuge', '--admin', 'ada'], [GOOD_PASSWORD, GOOD_PASSWORD])).code).toBe(0);
  const ctx = cliContext(db, { scrypt: TEST_SCRYPT });
  try {
    await ctx.call('session.signIn', { username: 'ada', password: GOOD_PASSWORD });
    const night = await ctx.call('rota.shiftTypes.add', { name: 'Waking night', kind: 'waking_night', defaultStart: '22:00', defaultEnd: '08:00', covers: ['office', 'phone'], nightWork: true, countsAsWorkingTime: true });
    const a = await ctx.call('rota.staff.add', { name: 'Amira Khan', sex: 'female', role: 'night_worker' });
    const b = await ctx.call('rota.staff.add', { name: 'Ben Ode', sex: 'male', role: 'night_worker' });
    await ctx.call('rota.rotations.add', { name: 'Nights', shiftTypeId: night.id, startDate: '2026-10-01', startTime: '22:00', endTime: '08:00', turnLengthDays: 1, people: [a.id, b.id] });
  } finally {
    ctx.close();
  }
  return { dir, db };
}

describe('waymark rota export', () => {
  it('writes a person’s iCalendar, the hours CSV and the PDF; the password comes from standard input', async () => {
    const { dir, db } = await rotaDb();
    const ics = join(dir, 'out', 'ben.ics');
    const r = await cli(['rota', 'export', '--db', db, '--user', 'ada', '--from', '2026-10-19', '--to', '2026-10-25', '--format', 'ics', '--person', 'BEN ODE', '--out', ics], [GOOD_PASSWORD]);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(/^Wrote .*ben\.ics \(ics, 2026-10-19 to 2026-10-25, BEN ODE, \d+ bytes\)\.\n$/);
    const parsed = JSON.parse(execFileSync('/usr/bin/python3', [join(__dirname, 'parse-ics.py')], { input: readFileSync(ics) }).toString()) as { events: { summary: string; start: string; end: string }[] };
    // Ben has the nights on odd days from 1 October, including the long night of 24–25 October.
    expect(parsed.events.every((e) => e.summary === 'Waking night – Ben Ode')).toBe(true);
    expect(parsed.events.find((e) => e.start === '2026-10-24T21:00:00Z')?.end).toBe('2026-10-25T08:00:00Z');

    const csv = join(dir, 'hours.csv');
    expect((await cli(['rota', 'export', '--db', db, '--user', 'ada', '--from', '2026-10-01', '--to', '2026-10-31', '--format', 'csv', '--out', csv], [GOOD_PASSWORD])).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^\uFEFFStaff id,Name,Role/);

    const pdf = join(dir, 'week.pdf');
    expect((await cli(['rota', 'export', '--db', db, '--user', 'ada', '--from', '2026-10-19', '--to', '2026-10-25', '--format', 'pdf', '--out', pdf], [GOOD_PASSWORD])).code).toBe(0);
    expect(execFileSync('pdftotext', [pdf, '-']).toString()).toContain('Week of Monday 19 October 2026');
  }, 60_000);

  it('answers mistakes with one line and a non-zero exit code, writing nothing', async () => {
    const { dir, db } = await rotaDb();
    const out = join(dir, 'x.ics');
    const base = ['rota', 'export', '--db', db, '--user', 'ada', '--out', out];
    const cases: [string[], string[], number, RegExp][] = [
      [[...base, '--from', '2026-10-01', '--to', '2026-10-07', '--format', 'xlsx'], [GOOD_PASSWORD], 2, /^waymark rota: --format must be one of ics, csv, pdf\n$/],
      [[...base, '--from', '2026-02-30', '--to', '2026-10-07', '--format', 'ics'], [GOOD_PASSWORD], 2, /^waymark rota: --from: That date does not exist\.\n$/],
      [[...base, '--from', '2026-10-07', '--to', '2026-10-01', '--format', 'ics'], [GOOD_PASSWORD], 2, /^waymark rota: --to must be on or after --from\n$/],
      [[...base, '--from', '2026-10-01', '--to', '2026-10-07', '--format', 'ics', '--person', 'Nobody'], [GOOD_PASSWORD], 2, /^waymark rota: nobody called "Nobody" is in the staff directory\n$/],
      [[...base, '--from', '2026-10-01', '--to', '2026-10-07', '--format', 'csv', '--person', 'Ben Ode'], [GOOD_PASSWORD], 2, /^waymark rota: --person works with --format ics/],
      [[...base, '--from', '2026-10-01', '--to', '2026-10-07', '--format', 'ics'], ['wrong-password-here'], 1, /^waymark rota: That username and password do not match\. Check them and try again\.\n$/],
      [[...base, '--from', '2026-10-01', '--to', '2026-10-07', '--format', 'ics', '--password', 'x'], [], 2, /^waymark rota: /],
      [['rota', 'import'], [], 2, /^waymark rota: unknown rota command "import" \(expected: export\)\n$/],
    ];
    for (const [argv, stdin, code, err] of cases) {
      const r = await cli(argv, stdin);
      expect([r.code, r.err]).toEqual([code, expect.stringMatching(err)]);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    expect(existsSync(out)).toBe(false);
  });
});
