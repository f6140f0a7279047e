import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/main/db/repos/audit.repo';
import { LONDON_VTIMEZONE } from '../../../src/main/services/rota/export/london-vtimezone';
import { exportPdf } from '../../../src/main/services/rota/rota-export.service';
import { offsetAt } from '../../../src/shared/rota/zone';
import { signInAs } from '../../helpers/staff';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { addRotaPerson } from './rota-helpers';

type ExportFile = { fileName: string; mimeType: string; content: string; encoding: string };
type Parsed = { zones: string[]; events: { uid: string; summary: string; tzid: string; stamp: string; start: string; end: string; startByFileZone: string; endByFileZone: string }[] };

const PARSER = join(__dirname, 'parse-ics.py');
function parseIcs(ics: string): Parsed {
  return JSON.parse(execFileSync('/usr/bin/python3', [PARSER], { input: ics }).toString()) as Parsed;
}

let t: Awaited<ReturnType<typeof setUpWorkspace>>;
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await setUpWorkspace({ start: '2026-11-20T10:00:00Z' });
  ids.amira = (await addRotaPerson(t, 'Amira Khan', 'female', { role: 'night_worker' })).staffId;
  ids.formula = (await addRotaPerson(t, '=HYPERLINK("http://x.invalid","pay")', 'male')).staffId;
  ids.zofia = (await addRotaPerson(t, 'Zofia Łukasiewicz', 'female')).staffId;
  const night = await t.ok<{ id: number }>('rota.shiftTypes.add', { name: 'Waking night', kind: 'waking_night', defaultStart: '22:00', defaultEnd: '08:00', covers: ['office', 'phone'], nightWork: true, countsAsWorkingTime: true });
  await t.ok('rota.rotations.add', { name: 'Nights', shiftTypeId: night.id, startDate: '2026-03-02', startTime: '22:00', endTime: '08:00', turnLengthDays: 1, people: [ids.amira, ids.formula, ids.zofia] });
});
afterAll(() => t.cleanup());

describe('iCalendar export', () => {
  it('parses with an independent parser, with correct UTC times across both clock changes', async () => {
    for (const [from, to, night, start, end] of [
      ['2026-10-19', '2026-10-25', '2026-10-24', '2026-10-24T21:00:00Z', '2026-10-25T08:00:00Z'],
      ['2026-03-23', '2026-03-29', '2026-03-28', '2026-03-28T22:00:00Z', '2026-03-29T07:00:00Z'],
    ] as const) {
      const file = await t.ok<ExportFile>('rota.export.ics', { from, to });
      expect(file).toMatchObject({ mimeType: 'text/calendar', encoding: 'utf-8', fileName: `rota-${from}-to-${to}.ics` });
      const parsed = parseIcs(file.content);
      expect(parsed.zones).toEqual(['Europe/London']);
      const ev = parsed.events.find((e) => e.uid.startsWith(`rot1-${night}-`))!;
      expect([ev.tzid, ev.start, ev.end, ev.startByFileZone, ev.endByFileZone]).toEqual(['Europe/London', start, end, start, end]);
      expect(ev.stamp).toBe('2026-11-20T10:00:00Z');
      // Every event in the file agrees between the parser's zone and the file's own VTIMEZONE.
      for (const e of parsed.events) expect([e.startByFileZone, e.endByFileZone]).toEqual([e.start, e.end]);
    }
  });

  it('keeps event ids stable on re-export, so re-importing updates instead of duplicating', async () => {
    const first = parseIcs((await t.ok<ExportFile>('rota.export.ics', { from: '2026-11-02', to: '2026-11-08' })).content).events.map((e) => e.uid);
    t.clock.advance(3_600_000);
    const again = parseIcs((await t.ok<ExportFile>('rota.export.ics', { from: '2026-11-01', to: '2026-11-10' })).content).events.map((e) => e.uid);
    expect(first).toHaveLength(8);
    expect(new Set(first).size).toBe(first.length);
    expect(again).toEqual(expect.arrayContaining(first));
    expect(first[1]).toMatch(/^rot1-2026-11-02-\d+@rota\.waymark$/);
  });

  it('exports one person’s shifts', async () => {
    const file = await t.ok<ExportFile>('rota.export.ics', { from: '2026-11-02', to: '2026-11-08', staffId: ids.zofia });
    expect(file.fileName).toBe('rota-zofia-łukasiewicz-2026-11-02-to-2026-11-08.ics');
    const events = parseIcs(file.content).events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.summary === 'Waking night – Zofia Łukasiewicz')).toBe(true);
  });

  it('describes Europe/London the way the tz database does for every year from 2000 to 2040', () => {
    // The VTIMEZONE says: BST from 01:00 UTC on the last Sunday in March to 01:00 UTC on the last
    // Sunday in October. Check both edges against the zone our times come from.
    for (let y = 2000; y <= 2040; y++) {
      for (const [month, before, after] of [
        [2, 0, 3_600_000],
        [9, 3_600_000, 0],
      ] as const) {
        const lastDay = new Date(Date.UTC(y, month + 1, 0));
        const change = Date.UTC(y, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
        expect([offsetAt(change - 60_000), offsetAt(change)]).toEqual([before, after]);
      }
    }
    expect(LONDON_VTIMEZONE).toContain('TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\nDTSTART:19700329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(LONDON_VTIMEZONE).toContain('TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\nDTSTART:19701025T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });
});

describe('CSV of hours for payroll', () => {
  it('has a byte order mark, one row per person, and escapes a name that starts with =', async () => {
    const file = await t.ok<ExportFile>('rota.export.csv', { from: '2026-11-02', to: '2026-11-08' });
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(file.content.slice(1).trim()).data;
    expect(rows[0]).toEqual(['Staff id', 'Name', 'Role', 'From', 'To', 'Contracted hours a week', 'Rostered hours', 'Working hours', 'Shifts', 'Nights', 'Weekend shifts']);
    const names = rows.slice(1).map((r) => r[1]);
    expect(names).toEqual(["'=HYPERLINK(\"http://x.invalid\",\"pay\")", 'Amira Khan', 'Zofia Łukasiewicz']);
    const amira = rows.find((r) => r[1] === 'Amira Khan')!;
    expect(amira.slice(3)).toEqual(['2026-11-02', '2026-11-08', '37.5', expect.stringMatching(/^\d+\.\d\d$/), expect.any(String), expect.any(String), expect.any(String), expect.any(String)]);
  });
});

describe('PDF of a week', () => {
  it('prints A4 landscape with the week heading and names, readable by pdftotext', async () => {
    const file = await t.ok<ExportFile>('rota.export.pdf', { from: '2026-10-19', to: '2026-10-25' });
    expect(file).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64' });
    const path = join(t.dir, 'week.pdf');
    writeFileSync(path, Buffer.from(file.content, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    expect(text).toContain('Rota — Week of Monday 19 October 2026');
    expect(text).toContain('Amira Khan');
    expect(text).toContain('Zofia Łukasiewicz');
    expect(text).toContain('Hours per person');
    const info = execFileSync('pdfinfo', [path]).toString();
    expect(info).toMatch(/Page size:\s+84[12]\.\d+ x 595\.\d+ pts \(A4\)/);
  }, 60_000);

  it('hands self-contained, escaped HTML to the printer it is given, A4 landscape', async () => {
    const sneaky = await addRotaPerson(t, '<img src=x onerror=alert(1)>', 'female');
    await t.ok('rota.oneOffs.add', { shiftTypeId: 1, staffId: sneaky.staffId, start: '2026-10-20T09:00', end: '2026-10-20T17:00' });
    const calls: { html: string; opts: unknown }[] = [];
    const file = await exportPdf(t.ws, { from: '2026-10-19', to: '2026-10-25' }, async (html, opts) => {
      calls.push({ html, opts });
      return Buffer.from('%PDF-fake');
    });
    expect(Buffer.from(file.content, 'base64').toString()).toBe('%PDF-fake');
    expect(calls[0]!.opts).toMatchObject({ landscape: true, format: 'A4', footer: expect.stringMatching(/^Printed by Ada Admin on .* \(London time\)\. Confidential\.$/) });
    const html = calls[0]!.html;
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script|<link|src="http|href="http/);
  });

  it('records every export in the audit log with the period and no names', async () => {
    await signInAs(t, 'admin');
    const exports = listAudit(t.ws.unlocked!.open.db, { limit: 100 }).filter((a) => a.action.startsWith('rota.export.'));
    expect(exports.map((a) => a.action)).toEqual(expect.arrayContaining(['rota.export.ics', 'rota.export.csv', 'rota.export.pdf']));
    expect(exports.find((a) => a.action === 'rota.export.pdf')!.detail).toBe('2026-10-19..2026-10-25');
    expect(exports.every((a) => !/Amira|Zofia/.test(a.detail ?? ''))).toBe(true);
  });
});

describe('PDF of a month', () => {
  it('prints October on A4 landscape pages with the month heading, every week and names, readable by pdftotext', async () => {
    const file = await t.ok<ExportFile>('rota.export.pdf', { from: '2026-10-01', to: '2026-10-31' });
    expect(file).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64', fileName: 'rota-2026-10-01-to-2026-10-31.pdf' });
    const path = join(t.dir, 'month.pdf');
    writeFileSync(path, Buffer.from(file.content, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString();
    expect(text).toContain('Rota — October 2026');
    expect(text).not.toContain('Rota — Week of');
    // The month runs from the week of 28 September to the week of 26 October (the clock change).
    for (const monday of ['28 September', '5 October', '12 October', '19 October', '26 October']) expect(text).toContain(`Week of Monday ${monday} 2026`);
    expect(text).toContain('Amira Khan');
    expect(text).toContain('Zofia Łukasiewicz');
    expect(text).toContain('Hours per person');
    // Every page, not just the first, is A4 landscape.
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1000', path]).toString();
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]);
    expect(sizes).toHaveLength(pages);
    for (const size of sizes) expect(size).toMatch(/^84[12]\.\d+ x 595\.\d+ pts \(A4\)/);
    expect(listAudit(t.ws.unlocked!.open.db, { limit: 5 }).find((a) => a.action === 'rota.export.pdf')!.detail).toBe('2026-10-01..2026-10-31');
  }, 60_000);
});
