import { describe, expect, it } from 'vitest';
import { compareWaiting, orderWaitingList, waitingPriority, type UrgencyCode } from '../../../src/shared/cases/priority';
import type { RiskLevelCode } from '../../../src/shared/cases/risk-rules';

/*
 * The order of the waiting list: each household's priority (risk, urgency of where they are now,
 * days waited up to 90, and any manager's adjustment) from waitingPriority, then orderWaitingList.
 * The points themselves are tested in risk-rules.test.ts; this is the order a manager sees.
 */

const NOW = new Date('2026-11-20T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

function household(ref: string, riskLevel: RiskLevelCode | null, urgency: UrgencyCode, waitedDays: number, adjustments: { points: number; reason: string }[] = []) {
  const waitingSince = daysAgo(waitedDays);
  const p = waitingPriority({ riskLevel, urgency, waitingSince: new Date(waitingSince), now: NOW, adjustments });
  return { ref, priority: p.total, waitingSince, parts: p.parts };
}
const order = (entries: ReturnType<typeof household>[]) => orderWaitingList(entries).map((e) => e.ref);

describe('the waiting-list order', () => {
  it('puts higher risk first when urgency and time waiting are the same; not yet assessed counts as standard', () => {
    expect(order([household('standard', 'standard', 'temporary', 5), household('high', 'high', 'temporary', 5), household('medium', 'medium', 'temporary', 5)])).toEqual([
      'high',
      'medium',
      'standard',
    ]);
    const unassessed = household('unassessed', null, 'temporary', 5);
    expect(unassessed.priority).toBe(household('s', 'standard', 'temporary', 5).priority);
  });

  it('puts the more urgent current accommodation first at the same risk and wait', () => {
    const entries = (['stable', 'not_known', 'temporary', 'unsafe_home', 'emergency'] as const).map((u) => household(u, 'medium', u, 3));
    expect(order(entries)).toEqual(['emergency', 'unsafe_home', 'temporary', 'not_known', 'stable']);
  });

  it('puts the longer wait first at the same risk and urgency, and the earlier start once both are past the 90-day cap', () => {
    expect(order([household('2 days', 'standard', 'stable', 2), household('30 days', 'standard', 'stable', 30), household('10 days', 'standard', 'stable', 10)])).toEqual([
      '30 days',
      '10 days',
      '2 days',
    ]);
    const capped = [household('100 days', 'standard', 'stable', 100), household('200 days', 'standard', 'stable', 200)];
    expect(capped[0]!.priority).toBe(capped[1]!.priority);
    expect(order(capped)).toEqual(['200 days', '100 days']);
  });

  it('never lets waiting alone lift standard risk above high risk', () => {
    expect(order([household('standard, 400 days', 'standard', 'stable', 400), household('high, today', 'high', 'stable', 0)])).toEqual(['high, today', 'standard, 400 days']);
  });

  it('weighs urgency together with risk rather than after it: nowhere safe tonight at medium risk comes above safe for now at high risk', () => {
    // Documents the weights as they are (medium 200 + emergency 150 > high 300 + stable 0).
    expect(order([household('high, safe for now', 'high', 'stable', 0), household('medium, emergency', 'medium', 'emergency', 0)])).toEqual([
      'medium, emergency',
      'high, safe for now',
    ]);
  });

  it('moves a household by a manager’s adjustment, shown with its reason, and lowers one the same way', () => {
    const raised = household('raised', 'standard', 'stable', 1, [{ points: 250, reason: 'children out of school' }]);
    const lowered = household('lowered', 'high', 'emergency', 1, [{ points: -400, reason: 'offered and declined twice' }]);
    const plain = household('plain', 'high', 'stable', 1);
    expect(order([plain, lowered, raised])).toEqual(['raised', 'plain', 'lowered']);
    expect(raised.parts.at(-1)).toEqual({ label: 'Manager’s adjustment: children out of school', points: 250 });
  });

  it('returns a sorted copy and leaves the list it was given as it was', () => {
    const entries = [household('a', 'standard', 'stable', 1), household('b', 'high', 'stable', 1)];
    const sorted = orderWaitingList(entries);
    expect(sorted.map((e) => e.ref)).toEqual(['b', 'a']);
    expect(entries.map((e) => e.ref)).toEqual(['a', 'b']);
    expect(compareWaiting({ priority: 10, waitingSince: daysAgo(1) }, { priority: 10, waitingSince: daysAgo(1) })).toBe(0);
  });
});
