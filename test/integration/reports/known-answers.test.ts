import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrillResult } from '../../../src/shared/reports/schemas';
import type { ReportResult } from '../../../src/shared/reports/result.schema';
import { buildKnownAnswerData, type KnownAnswerData } from './known-answers.fixture';
import { allFigures, nonZero } from './figures-of';

/*
 * Known answers: every figure of every report over the hand-built dataset in
 * known-answers.fixture.ts, worked out by hand from the list there. Each expectation lists every
 * non-zero figure of a table, so a figure that should be zero and is not fails too.
 */

let data: KnownAnswerData;
beforeAll(async () => {
  data = await buildKnownAnswerData();
}, 120_000);
afterAll(() => data?.t.cleanup());

const FY25 = { kind: 'financial_year', year: 2025 } as const;
const FY24 = { kind: 'financial_year', year: 2024 } as const;
const Q4 = { kind: 'quarter', year: 2025, quarter: 4 } as const;

async function run(report: string, period: unknown): Promise<ReportResult> {
  return data.t.ok<ReportResult>('reports.run', { report, period });
}

const A = (adult: number, child: number) => ({ ...(adult ? { adult } : {}), ...(child ? { child } : {}), total: adult + child });

describe('annual safe-accommodation return, 2025–26', () => {
  let f: ReturnType<typeof nonZero>;
  beforeAll(async () => {
    f = nonZero(await run('annual-return', FY25));
  });

  it('i. counts referrals received in the year by London date, leaving out community-only ones and the one that arrived at 00:30 on 1 April', () => {
    // H2, H3 (twice), H5, H6, H7, H9 (23:30 on 31 March). Not H1 (March 2025), H4 (community
    // only) or H8 (00:30 on 1 April in London).
    expect(f.referrals).toEqual({ received: { count: 7 } });
  });

  it('ii. counts each individual once per type of accommodation, a moved household in both types', () => {
    // Refuge: Bea and Cal (R1 until the move); dispersed: Anna (stay crossing the year end) and
    // Cara (two stays, once); second-stage: Bea and Cal after the move. Total: 3 adults, 1 child.
    expect(f.accommodation).toEqual({ refuge: A(1, 1), dispersed: A(2, 0), second_stage: A(1, 1), total: A(3, 1) });
  });

  it('iii. counts a child and an adult in the same household as two individuals', () => {
    expect(f.adult_child).toEqual({ adult: { count: 3 }, child: { count: 1 }, total: { count: 4 } });
    expect(f.gender).toEqual({ woman: A(3, 0), not_known: A(0, 1), total: A(3, 1) });
  });

  it('iii. bands age on arrival: a girl of 15 on arrival who turns 16 during the stay is 11 to 15', () => {
    // Anna 29 on 2025-03-10 (her arrival, last year); Bea 36 on 2025-06-10; Cara 41 on
    // 2025-04-07 (her earliest stay in the year); Cal 15 on 2025-06-10.
    expect(f.age).toEqual({ '25_34': A(1, 0), '35_44': A(2, 0), '11_15': A(0, 1), total: A(3, 1) });
  });

  it('iii. counts specialist characteristics, ethnicity, disability and sexuality as recorded', () => {
    expect(f.specialist).toEqual({ lgbt: A(1, 0), disabled: A(1, 0), none: A(2, 1), total: A(3, 1) });
    expect(f.ethnicity).toEqual({ white_british: A(1, 0), asian_pakistani: A(1, 1), black_african: A(1, 0), total: A(3, 1) });
    expect(f.disability).toEqual({ no: A(1, 0), yes: A(1, 0), not_known: A(1, 1), total: A(3, 1) });
    expect(f.sexuality).toEqual({ heterosexual: A(1, 0), bisexual: A(1, 0), not_known: A(1, 1), total: A(3, 1) });
  });

  it('iv. counts additional needs of adults from the latest risk assessment', () => {
    expect(f.needs).toEqual({
      mental_health: { count: 1 },
      alcohol: { count: 1 },
      drugs: { count: 1 },
      ex_offending: { count: 1 },
      other_sex_work: { count: 1 },
      total: { count: 2 },
    });
  });

  it('v–vi. counts the adults by type of support received and the children who had children’s support', () => {
    // General: Anna (2025-04-10) and Bea (2026-01-15); advocacy: Bea; housing-related: Cara. Dee's
    // general support is community support, not safe accommodation.
    expect(f.support_types).toEqual({ general: { count: 2 }, advocacy: { count: 1 }, housing_related: { count: 1 }, total: { count: 3 } });
    expect(f.childrens_support).toEqual({ children: { count: 1 } });
  });

  it('vii. shows specialist FTE as not recorded, never zero, when staff records hold none (figures: annual-sanctuary-staff.test.ts)', async () => {
    const r = await run('annual-return', FY25);
    const staff = r.tables.find((t) => t.id === 'staff')!;
    expect(staff.rows[0]!.cells[0]!.value).toBeNull();
    expect(staff.rows[0]!.notYetRecorded).toMatch(/Not recorded/);
    expect(f.staff).toBeUndefined();
  });

  it('viii. counts instances of being unable to support by reason, "no suitable unit" as capacity', () => {
    expect(f.unable).toEqual({ capacity: { count: 2 }, unable_to_contact: { count: 1 }, total: { count: 3 } });
  });

  it('ix–xiii. counts exits from safe accommodation, including the exit on 31 March', () => {
    // Anna (planned, moved on), Cara's first (abandoned), Cara's second on 2026-03-31 (planned, to
    // another refuge). None stopped needing support or went back to the perpetrator.
    expect(f.support_ended).toEqual({ other: { count: 3 }, total: { count: 3 } });
    expect(f.moves).toEqual({ other_safe_accommodation: { count: 1 }, planned: { count: 2 } });
  });

  it('x. bands stays that ended in the year, the one crossing the year end included', () => {
    // Anna 2025-03-10 → 2025-05-01 (1 to 3 months); Cara 2025-04-07 → 2025-05-20 (1 to 3 months);
    // Cara 2025-07-03 → 2026-03-31 (6 to 12 months). Bea is still staying.
    expect(f.length_of_stay).toEqual({ '1_3m': { count: 2 }, '6_12m': { count: 1 }, total: { count: 3 } });
  });

  it('has no other figures', () => {
    expect(Object.keys(f).sort()).toEqual(
      ['accommodation', 'adult_child', 'age', 'childrens_support', 'disability', 'ethnicity', 'gender', 'length_of_stay', 'moves', 'needs', 'referrals', 'sexuality', 'specialist', 'support_ended', 'support_types', 'unable'].sort(),
    );
  });
});

describe('annual return, 2024–25: the stay that crosses the year end', () => {
  it('counts Anna in the year she arrived, and not her stay length until it ends', async () => {
    const f = nonZero(await run('annual-return', FY24));
    expect(f.referrals).toEqual({ received: { count: 1 } });
    expect(f.accommodation).toEqual({ dispersed: A(1, 0), total: A(1, 0) });
    expect(f.age).toEqual({ '25_34': A(1, 0), total: A(1, 0) });
    expect(f.length_of_stay).toBeUndefined();
  });
});

describe('quarterly outputs, January to March 2026', () => {
  let f: ReturnType<typeof nonZero>;
  beforeAll(async () => {
    f = nonZero(await run('quarterly', Q4));
  });

  it('counts decisions made in the quarter', () => {
    expect(f.accepted_by_source).toBeUndefined();
    expect(f.rejected_by_reason).toEqual({ unable_to_contact: { count: 1 }, total: { count: 1 } });
  });

  it('counts the people supported in the quarter, in a unit or in the community', () => {
    // Bea and Cal (still staying), Cara (second episode, exit on the quarter's last day), Dee.
    expect(f.housing_situation).toEqual({ homeless: A(1, 1), temporary: A(1, 0), insecure: A(1, 0), total: A(3, 1) });
    expect(f.supported_age).toEqual({ '35_44': A(2, 0), '11_15': A(0, 1), not_known: A(1, 0), total: A(3, 1) });
    expect(f.supported_gender).toEqual({ woman: A(2, 0), not_known: A(1, 1), total: A(3, 1) });
    expect(f.supported_ethnicity).toEqual({ asian_pakistani: A(1, 1), black_african: A(1, 0), not_known: A(1, 0), total: A(3, 1) });
  });

  it('counts primary and secondary needs, alcohol and drugs together', () => {
    expect(f.needs).toEqual({
      mental_health: { primary: 1 },
      alcohol_drugs: { primary: 1, secondary: 1 },
      offending: { secondary: 1 },
      sex_work: { secondary: 1 },
      total: { primary: 2, secondary: 2 },
    });
  });

  it('totals support hours and the other outputs', () => {
    expect(f.support_hours).toEqual({ paid: { hours: 2 }, all: { hours: 2 } });
    expect(f.moved_in).toBeUndefined();
    expect(f.progress).toEqual({ with_need: { count: 2 }, measured: { count: 2 }, progressed: { count: 2 } });
    expect(f.safeguarding).toBeUndefined();
    expect(f.panels).toBeUndefined();
  });

  it('bands the length of support at the quarter’s end', () => {
    // Bea and Cal from 2025-06-10 and Cara from 2025-07-03: 6 to 12 months; Dee from 2025-10-02: up to 6.
    expect(f.length_of_support).toEqual({ '6_12m': { count: 3 }, up_to_6m: { count: 1 }, total: { count: 4 } });
  });

  it('counts the exit on the last day of the quarter', () => {
    expect(f.exits_reason).toEqual({ moved_other_safe_accommodation: { planned: 1, total: 1 }, total: { planned: 1, total: 1 } });
    expect(f.exits_destination).toEqual({ other_refuge: { planned: 1, total: 1 }, total: { planned: 1, total: 1 } });
  });
});

describe('quarterly outputs over the whole year', () => {
  it('counts support hours, arrivals, safeguarding and panel referrals', async () => {
    const f = nonZero(await run('quarterly', FY25));
    // Paid: 30 + 60 + 45 + 90 + 120 = 345 min; unpaid 30 min.
    expect(f.support_hours).toEqual({ paid: { hours: 5.75 }, unpaid: { hours: 0.5 }, all: { hours: 6.25 } });
    // Arrivals in the year: Bea's household (2025-06-10) and Cara's twice (one household).
    expect(f.moved_in).toEqual({ households: { count: 2 }, people: { count: 3 } });
    expect(f.safeguarding).toEqual({ child: { count: 1 }, total: { count: 1 } });
    expect(f.panels).toEqual({ marac: { count: 1 }, hrbp: { count: 1 } });
    expect(f.accepted_by_source).toEqual({ self: { count: 1 }, idva: { count: 1 }, housing: { count: 1 }, health: { count: 1 }, total: { count: 4 } });
    expect(f.rejected_by_reason).toEqual({ capacity: { count: 1 }, no_suitable_unit: { count: 1 }, unable_to_contact: { count: 1 }, total: { count: 3 } });
  });
});

describe('KPIs, January to March 2026', () => {
  let f: ReturnType<typeof nonZero>;
  beforeAll(async () => {
    f = nonZero(await run('kpi', Q4));
  });

  it('measures service utilisation in days', () => {
    // Ended: Cara 2025-07-03 → 2026-03-31 = 271 days. Continuing: Bea 2025-06-10 → 2026-03-31 =
    // 294 days, Dee 2025-10-02 → 2026-03-31 = 180 days; mean 237.
    expect(f.utilisation).toEqual({
      households: { value: 3 },
      ended: { value: 1 },
      average_ended: { value: 271 },
      median_ended: { value: 271 },
      continuing: { value: 2 },
      average_continuing: { value: 237 },
    });
  });

  it('keeps planned moves and achieving independence apart', () => {
    expect(f.planned_moves).toEqual({ exits: { value: 1 }, planned: { value: 1 }, percent: { value: 100 } });
    expect(f.independence).toEqual({ exits: { value: 1 }, partly: { value: 1 } });
  });

  it('measures outcome progression per area among people with a need', () => {
    expect(f.outcomes).toEqual({
      confidence: { with_need: 1, measured: 1 },
      mental_health: { with_need: 1, measured: 1, improved: 1, percent: 100 },
      settled_accommodation: { with_need: 1, measured: 1, improved: 1, percent: 100 },
    });
    expect(allFigures(nonZeroSource!).get('outcomes.confidence.percent')).toBe(0);
    expect(allFigures(nonZeroSource!).get('outcomes.income_debt.percent')).toBeNull();
  });

  it('measures first contact against 48 hours', () => {
    // Gia: first attempt after 72 h; Hana: none, and 48 h have passed by 2026-04-20.
    expect(f.contact_48h).toEqual({ late: { value: 1 }, none: { value: 1 }, due: { value: 2 } });
  });

  it('takes occupancy and void nights from the allocation figures', () => {
    // 4 units × 90 nights = 360; D1 out for 10; S1 occupied 90 (Bea), D2 89 (Cara left on the
    // morning of 31 March); void 350 − 179 = 171; 179 / 350 = 51.1 %.
    expect(f.occupancy).toEqual({ unit_nights: { value: 360 }, out_of_service: { value: 10 }, in_service: { value: 350 }, occupied: { value: 179 }, void: { value: 171 }, occupancy: { value: 51.1 } });
    expect(f.turn_aways).toBeUndefined();
  });
});

let nonZeroSource: ReportResult | null = null;
beforeAll(async () => {
  nonZeroSource = await run('kpi', Q4);
});

describe('KPIs over the whole year', () => {
  it('counts turn-aways, the unit types full, and 48-hour contact', async () => {
    const f = nonZero(await run('kpi', FY25));
    expect(f.turn_aways).toEqual({ capacity: { count: 1 }, no_suitable_unit: { count: 1 }, total: { count: 2 } });
    expect(f.types_full).toEqual({ refuge: { count: 2 }, dispersed: { count: 1 } });
    // Contacted within 1 h: H2, H3 (twice), H4, H5, H6; Gia late; Hana none. 6 of 8 = 75 %.
    expect(f.contact_48h).toEqual({ within: { value: 6 }, late: { value: 1 }, none: { value: 1 }, due: { value: 8 }, percent: { value: 75 }, spoke_within: { value: 6 } });
    expect(f.planned_moves).toEqual({ exits: { value: 3 }, planned: { value: 2 }, percent: { value: 66.7 } });
    expect(f.independence).toEqual({ exits: { value: 3 }, yes: { value: 1 }, partly: { value: 1 }, percent: { value: 33.3 } });
  });
});

describe('drill-down', () => {
  it('opens "unable to support: capacity" as the two referrals behind it, references and names for a manager', async () => {
    const d = await data.t.ok<DrillResult>('reports.drill', { report: 'annual-return', period: FY25, figure: 'unable.capacity.count' });
    expect(d.total).toBe(2);
    expect(d.records.map((r) => r.name).sort()).toEqual(['Eve East', 'Fay Ford']);
    expect(d.records.every((r) => /^R-|^[A-Z]/.test(r.reference))).toBe(true);
    expect(d.definition).toMatch(/no suitable unit/);
  });

  it('lists exactly as many records as every count figure of every report', async () => {
    for (const [report, period] of [
      ['annual-return', FY25],
      ['quarterly', Q4],
      ['kpi', FY25],
    ] as const) {
      const r = await run(report, period);
      for (const t of r.tables) {
        for (const row of t.totalRow ? [...t.rows, t.totalRow] : t.rows) {
          for (const c of row.cells) {
            if (c.measure !== 'count' || !c.value) continue;
            const d = await data.t.ok<DrillResult>('reports.drill', { report, period, figure: c.id });
            expect(d.total, c.id).toBe(c.value);
            expect(d.records.length, c.id).toBe(c.value);
          }
        }
      }
    }
  });

  it('shows on the dashboards screen exactly the tables each report gives when run alone (the charts share one set of records)', async () => {
    const screen = await data.t.ok<{ charts: { report: string; table: ReportResult['tables'][number] }[] }>('reports.dashboards', { period: FY25 });
    expect(screen.charts.length).toBeGreaterThan(5);
    for (const c of screen.charts) {
      const alone = (await run(c.report, FY25)).tables.find((t) => t.id === c.table.id);
      expect(c.table, `${c.report} ${c.table.id}`).toEqual(alone);
    }
  });

  it('records every drill in the audit log', () => {
    const n = (data.t.ws.unlocked!.open.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'report.drill'").get() as { n: number }).n;
    expect(n).toBeGreaterThan(20);
  });
});
