import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/main/seed/rng';
import { seedRota } from '../../../src/main/seed/rota.seed';
import { seedClock } from '../../../src/main/seed/seed-clock';
import { seedStaffAccounts } from '../../../src/main/seed/staff-accounts.seed';
import { GOOD_PASSWORD, setUpWorkspace } from '../../helpers/temp-workspace';

const TODAY = new Date('2026-11-20T10:00:00Z');

async function seeded(seed: number) {
  const t = await setUpWorkspace({ start: TODAY.toISOString() });
  await seedStaffAccounts(t.ws, GOOD_PASSWORD);
  const clock = seedClock(TODAY);
  const result = seedRota(t.ws, { rng: createRng(seed), scale: 'small', today: TODAY, clock });
  return { t, result };
}

type Rota = { assignments: { key: string; staffId: number }[]; gaps: unknown[]; people: { staffId: number; hours: number }[]; warnings: unknown[] };

describe('the demo rota seed', () => {
  it('fills a year of rota for about twelve staff through the services, the same way every time', async () => {
    const a = await seeded(7);
    const b = await seeded(7);
    try {
      expect(a.result).toEqual(b.result);
      expect(a.result).toMatchObject({ staff: 12, rotations: 6, swaps: 4, handovers: 14 });
      expect(a.result.calls).toBeGreaterThan(40);
      const year = { from: '2026-05-22', to: '2027-05-21' };
      const ra = await a.t.ok<Rota>('rota.resolve', year);
      const rb = await b.t.ok<Rota>('rota.resolve', year);
      expect(ra.assignments.map((x) => x.key)).toEqual(rb.assignments.map((x) => x.key));
      expect(ra.assignments.length).toBeGreaterThan(1900);
      expect(ra.people).toHaveLength(12);
      const staff = await a.t.ok<{ sex: string; userId: number | null }[]>('rota.staff.list', {});
      expect(new Set(staff.map((s) => s.sex))).toEqual(new Set(['female', 'male']));
      expect(staff.filter((s) => s.userId !== null)).toHaveLength(8);
      const swaps = await a.t.ok<{ state: string }[]>('rota.swaps.list', {});
      expect(swaps.map((s) => s.state).sort()).toEqual(['accepted', 'approved', 'declined', 'requested']);
      expect((await a.t.ok<unknown[]>('phoneLog.followUps')).length).toBeGreaterThan(0);
      const verify = await a.t.ok<{ ok: boolean }>('audit.verify');
      expect(verify.ok).toBe(true);
    } finally {
      a.t.cleanup();
      b.t.cleanup();
    }
  }, 120_000);

  it('gives a different rota for a different seed', async () => {
    const a = await seeded(1);
    const b = await seeded(2);
    try {
      expect(a.result).not.toEqual(b.result);
    } finally {
      a.t.cleanup();
      b.t.cleanup();
    }
  }, 120_000);
});
