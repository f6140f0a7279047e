import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { change, firstAndLast, outcomeProgression, type PersonOutcomes, type ScorePoint } from '../../../src/shared/support/outcomes';
import { OutcomeArea, OUTCOME_SCALE } from '../../../src/shared/support/vocab.support';

const p = (on: string, stage: ScorePoint['stage'], score: number, seq = 0): ScorePoint => ({ on, stage, score, seq });

describe('outcome progression', () => {
  it('counts a person with a need whose exit score is above their entry score as positive progress', () => {
    const people: PersonOutcomes[] = [
      { areas: { mental_health: { hasNeed: true, scores: [p('2026-01-05', 'entry', 2, 1), p('2026-03-01', 'review', 3, 2), p('2026-05-01', 'exit', 4, 3)] } } },
      { areas: { mental_health: { hasNeed: true, scores: [p('2026-01-05', 'entry', 3, 4), p('2026-05-01', 'exit', 3, 5)] } } },
      { areas: { mental_health: { hasNeed: true, scores: [p('2026-01-05', 'entry', 4, 6), p('2026-05-01', 'exit', 2, 7)] } } },
    ];
    const r = outcomeProgression(people).mental_health;
    expect(r).toEqual({ withNeed: 3, measured: 3, notYetMeasured: 0, improved: 1, same: 1, worse: 1, percentImproved: 33.3 });
  });

  it('leaves people without a need in that area out of the area entirely', () => {
    const people: PersonOutcomes[] = [
      { areas: { income_debt: { hasNeed: false, scores: [p('2026-01-01', 'entry', 1, 1), p('2026-02-01', 'exit', 5, 2)] } } },
      { areas: { income_debt: { hasNeed: true, scores: [p('2026-01-01', 'entry', 1, 3), p('2026-02-01', 'exit', 2, 4)] } } },
    ];
    const r = outcomeProgression(people).income_debt;
    expect(r.withNeed).toBe(1);
    expect(r.improved).toBe(1);
    expect(r.percentImproved).toBe(100);
  });

  it('counts someone with a need but only one score as not yet measured (not as failing)', () => {
    const r = outcomeProgression([{ areas: { social_capital: { hasNeed: true, scores: [p('2026-01-01', 'entry', 2, 1)] } } }]).social_capital;
    expect(r).toMatchObject({ withNeed: 1, measured: 0, notYetMeasured: 1, percentImproved: null });
  });

  it('gives every one of the seven areas, even with nobody in them', () => {
    const r = outcomeProgression([]);
    expect(Object.keys(r).sort()).toEqual([...OutcomeArea.codes].sort());
    for (const a of Object.values(r)) expect(a.percentImproved).toBeNull();
  });

  it('uses the latest review as the last score while the person is still being supported', () => {
    expect(change([p('2026-01-01', 'entry', 2, 1), p('2026-02-01', 'review', 3, 2)])).toBe('improved');
  });

  it('leaves follow-up scores out unless asked, so the KPI compares entry with exit', () => {
    const scores = [p('2026-01-01', 'entry', 2, 1), p('2026-04-01', 'exit', 2, 2), p('2026-07-01', 'follow_up', 4, 3)];
    expect(change(scores)).toBe('same');
    expect(change(scores, { includeFollowUp: true })).toBe('improved');
  });

  it('ignores scores after the as-of date (a report sees the record as it stood)', () => {
    const scores = [p('2026-01-01', 'entry', 2, 1), p('2026-03-01', 'review', 1, 2), p('2026-06-01', 'exit', 4, 3)];
    expect(change(scores, { asOf: '2026-03-31' })).toBe('worse');
    expect(change(scores, { asOf: '2026-06-30' })).toBe('improved');
  });

  it('orders same-day scores entry, review, exit, then by the order they were recorded', () => {
    const fl = firstAndLast([p('2026-02-01', 'exit', 5, 1), p('2026-02-01', 'entry', 1, 2), p('2026-02-01', 'review', 3, 3)]);
    expect(fl?.first.stage).toBe('entry');
    expect(fl?.last.stage).toBe('exit');
  });

  it('picks the same first and last scores as sorting every usable score would (property)', () => {
    const order = ['entry', 'review', 'exit', 'follow_up'];
    // The rule written the slow, obvious way: keep the usable scores, sort them stably, take the ends.
    const bySorting = (scores: ScorePoint[], asOf: string | undefined, includeFollowUp: boolean) => {
      const usable = scores
        .filter((s) => (asOf === undefined || s.on <= asOf) && (includeFollowUp || s.stage !== 'follow_up'))
        .sort((a, b) => a.on.localeCompare(b.on) || order.indexOf(a.stage) - order.indexOf(b.stage) || a.seq - b.seq);
      return usable.length === 0 ? null : { first: usable[0], last: usable[usable.length - 1] };
    };
    const point = fc.record({
      on: fc.constantFrom('2025-12-31', '2026-01-01', '2026-02-01', '2026-03-01'),
      stage: fc.constantFrom('entry', 'review', 'exit', 'follow_up' as const),
      score: fc.integer({ min: OUTCOME_SCALE.min, max: OUTCOME_SCALE.max }),
      // Few distinct seqs, so equal-ordering scores (and the stable-sort tie rule) are exercised.
      seq: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 8 }), fc.option(fc.constantFrom('2026-01-01', '2026-02-15'), { nil: undefined }), fc.boolean(), (scores, asOf, includeFollowUp) => {
        const got = firstAndLast(scores, { asOf, includeFollowUp });
        const want = bySorting([...scores], asOf, includeFollowUp);
        // The same objects, not just equal ones: which recording is first decides "measured".
        expect(got?.first).toBe(want?.first);
        expect(got?.last).toBe(want?.last);
      }),
      { numRuns: 2000 },
    );
  });

  it('always has improved + same + worse = measured and measured + not yet = with a need (property)', () => {
    const score = fc.integer({ min: OUTCOME_SCALE.min, max: OUTCOME_SCALE.max });
    const point = fc.record({
      on: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
      stage: fc.constantFrom('entry', 'review', 'exit', 'follow_up' as const),
      score,
      seq: fc.nat(),
    });
    const person = fc.record({ areas: fc.record({ confidence: fc.record({ hasNeed: fc.boolean(), scores: fc.array(point, { maxLength: 5 }) }) }) });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), (people) => {
        const r = outcomeProgression(people as PersonOutcomes[]).confidence;
        expect(r.improved + r.same + r.worse).toBe(r.measured);
        expect(r.measured + r.notYetMeasured).toBe(r.withNeed);
        expect(r.withNeed).toBe(people.filter((x) => x.areas.confidence.hasNeed).length);
      }),
    );
  });
});
