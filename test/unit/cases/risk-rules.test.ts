import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECKLIST, questionNumbers } from '../../../src/shared/cases/dash-checklist';
import { decideLevel, potentialEscalation, repeatMarac, scoreChecklist, suggestedLevel, maracReasons } from '../../../src/shared/cases/risk-rules';
import { waitingPriority } from '../../../src/shared/cases/priority';

const def = DEFAULT_CHECKLIST;
function answers(yes: number, rest: 'no' | 'not_known' = 'no') {
  return Object.fromEntries(questionNumbers(def).map((n, i) => [String(n), i < yes ? 'yes' : rest])) as Record<string, 'yes' | 'no' | 'not_known'>;
}

describe('the DASH-style checklist', () => {
  it('has the 24 standard questions, numbered 1 to 24, each once', () => {
    expect(questionNumbers(def)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('counts "yes" answers; unanswered questions count as not asked', () => {
    expect(scoreChecklist(def, {})).toEqual({ yes: 0, no: 0, notKnown: 0, notAsked: 24, visibleHigh: false });
    expect(scoreChecklist(def, { '1': 'yes', '2': 'not_known', '3': 'no' })).toEqual({ yes: 1, no: 1, notKnown: 1, notAsked: 21, visibleHigh: false });
  });

  it('14 or more "yes" is visible high risk; 13 is not', () => {
    expect(scoreChecklist(def, answers(13)).visibleHigh).toBe(false);
    expect(scoreChecklist(def, answers(14)).visibleHigh).toBe(true);
    expect(suggestedLevel(def, scoreChecklist(def, answers(14)))).toBe('high');
    expect(suggestedLevel(def, scoreChecklist(def, answers(10)))).toBe('medium');
    expect(suggestedLevel(def, scoreChecklist(def, answers(9)))).toBe('standard');
  });

  it('professional judgement raises the level but never lowers visible high risk', () => {
    expect(decideLevel(def, scoreChecklist(def, answers(3)), 'high')).toMatchObject({ level: 'high', byJudgement: true, reasonRequired: true });
    expect(decideLevel(def, scoreChecklist(def, answers(15)), 'standard')).toMatchObject({ level: 'high', byJudgement: false });
    expect(decideLevel(def, scoreChecklist(def, answers(3)), null)).toMatchObject({ level: 'standard', byJudgement: false });
    expect(decideLevel(def, scoreChecklist(def, answers(3)), 'standard')).toMatchObject({ level: 'standard', reasonRequired: false });
  });

  it('names the reasons a MARAC referral is due', () => {
    const score = scoreChecklist(def, answers(15));
    expect(maracReasons({ score, level: 'high', escalation: false, repeat: false })).toEqual(['visible high risk (15 “yes” answers)']);
    expect(maracReasons({ score: scoreChecklist(def, answers(2)), level: 'high', escalation: true, repeat: true })).toHaveLength(3);
    expect(maracReasons({ score: scoreChecklist(def, answers(2)), level: 'medium', escalation: false, repeat: false })).toEqual([]);
  });
});

describe('escalation and repeat MARAC', () => {
  it('flags 3 incidents within 12 months (the default), counting back from today', () => {
    expect(potentialEscalation(['2026-01-10', '2026-06-01', '2026-11-01'], '2026-11-20')).toBe(true);
    expect(potentialEscalation(['2025-11-20', '2026-06-01', '2026-11-01'], '2026-11-20')).toBe(false); // first is exactly 12 months ago
    expect(potentialEscalation(['2025-11-21', '2026-06-01', '2026-11-01'], '2026-11-20')).toBe(true);
    expect(potentialEscalation(['2026-06-01', '2026-11-01'], '2026-11-20')).toBe(false);
    expect(potentialEscalation(['2026-10-01', '2026-11-01'], '2026-11-20', { incidents: 2, months: 3 })).toBe(true);
  });

  it('flags a new incident within 12 months after the last MARAC referral', () => {
    expect(repeatMarac('2026-01-15', ['2026-12-01'])).toBe(true);
    expect(repeatMarac('2026-01-15', ['2027-01-15'])).toBe(true);
    expect(repeatMarac('2026-01-15', ['2027-01-16'])).toBe(false);
    expect(repeatMarac('2026-01-15', ['2026-01-01'])).toBe(false);
    expect(repeatMarac(null, ['2026-12-01'])).toBe(false);
  });
});

describe('waiting-list priority', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  it('is a transparent sum: risk, urgency, days waited (capped) and adjustments', () => {
    const p = waitingPriority({ riskLevel: 'high', urgency: 'emergency', waitingSince: new Date('2026-11-10T12:00:00Z'), now, adjustments: [{ points: -20, reason: 'offered and declined' }] });
    expect(p.parts.map((x) => x.points)).toEqual([300, 150, 20, -20]);
    expect(p.total).toBe(450);
    const long = waitingPriority({ riskLevel: 'standard', urgency: 'stable', waitingSince: new Date('2025-01-01T00:00:00Z'), now, adjustments: [] });
    expect(long.parts[2]).toMatchObject({ points: 180, label: expect.stringMatching(/counted up to 90/) });
  });
  it('puts high risk above a long wait at standard risk', () => {
    const high = waitingPriority({ riskLevel: 'high', urgency: 'stable', waitingSince: now, now, adjustments: [] });
    const waited = waitingPriority({ riskLevel: 'standard', urgency: 'stable', waitingSince: new Date('2025-01-01'), now, adjustments: [] });
    expect(high.total).toBeGreaterThan(waited.total);
  });
});
