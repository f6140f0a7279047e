import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { GOOD_PASSWORD, tempDir } from '../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function seeded(seed = '7') {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const db = join(dir, 'demo.db');
  await cli(['init', '--db', db, '--org', 'Demo Refuge', '--admin', 'ada'], [GOOD_PASSWORD, GOOD_PASSWORD]);
  const r = await cli(['seed-demo', '--db', db, '--user', 'ada', '--seed', seed], [GOOD_PASSWORD]);
  return { db, r };
}

describe('waymark seed-demo', () => {
  it('fills an empty database with demo staff and cases, the same way every time for a seed', async () => {
    const a = await seeded();
    expect(a.r.code).toBe(0);
    expect(a.r.out).toMatch(/referrals: 400, households: 400/);
    const b = await seeded();
    const listA = await cli(['cases', 'list', '--db', a.db, '--user', 'ada', '--format', 'csv'], [GOOD_PASSWORD]);
    const listB = await cli(['cases', 'list', '--db', b.db, '--user', 'ada', '--format', 'csv'], [GOOD_PASSWORD]);
    const shape = (csv: string) => csv.split('\r\n').map((l) => l.split(',').slice(0, 3).join(','));
    expect(shape(listA.out)).toEqual(shape(listB.out));
    const statuses = new Set(shape(listA.out).slice(1, -1).map((l) => l.split(',')[1]));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['accepted', 'not_supported', 'new']));
    const v = await cli(['verify', '--db', a.db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(v.code).toBe(0);
    const sam = await cli(['cases', 'list', '--db', a.db, '--user', 'sophie.support', '--names'], [GOOD_PASSWORD]);
    expect(sam.err).toMatch(/--names needs a manager/);
  });

  it('refuses a database that already holds cases', async () => {
    const a = await seeded();
    const again = await cli(['seed-demo', '--db', a.db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already holds cases/);
  });
});
