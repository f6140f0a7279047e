// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ResolvedRota } from '../../../src/shared/rota/schemas/resolved.schema';
import type { PhoneCall } from '../../../src/shared/rota/schemas/phone-log.schema';
import { discreetText } from '../../../src/renderer/src/features/rota/calendar/conflict-text';
import { buildGrid, gapDays, shiftDay } from '../../../src/renderer/src/features/rota/calendar/grid-model';
import { clockLabel, MAX_REFRESH_MS, MIN_REFRESH_MS, refreshDelay, untilLabel } from '../../../src/renderer/src/features/rota/home/on-now-timing';
import { shortCode } from '../../../src/renderer/src/features/rota/labels';
import { periodFor, spanLabel, stepPeriod } from '../../../src/renderer/src/features/rota/rota-dates';
import { turnsPreview } from '../../../src/renderer/src/features/rota/rotations/rotation-preview';
import { onReferralFromCall, peekReferralPrefill, startReferralFromCall, takeReferralPrefill } from '../../../src/renderer/src/features/oncall/referral-from-call';
import { dayOf } from '../../../src/shared/rota/zone';

const week = periodFor('week', '2026-12-02');

describe('periods', () => {
  it('a week runs Monday to Sunday and a month from the 1st to its last day', () => {
    expect([week.from, week.to, week.days.length]).toEqual(['2026-11-30', '2026-12-06', 7]);
    const feb = periodFor('month', '2028-02-10');
    expect([feb.from, feb.to, feb.days.length]).toEqual(['2028-02-01', '2028-02-29', 29]);
  });

  it('steps a week or a month back and forward, across years', () => {
    expect(stepPeriod('week', '2026-12-02', 1)).toBe('2026-12-09');
    expect(stepPeriod('month', '2026-12-15', 1)).toBe('2027-01-01');
    expect(stepPeriod('month', '2026-01-31', -1)).toBe('2025-12-01');
  });

  it('labels a night shift by its times, and a long stretch with its end day', () => {
    expect(spanLabel('2026-12-01T22:00', '2026-12-02T08:00')).toBe('22:00–08:00');
    expect(spanLabel('2026-12-01T12:00', '2026-12-04T12:00')).toBe('12:00 – Fri 4 Dec 12:00');
  });
});

describe('the grid', () => {
  it('shows a night gap once, on the evening it starts, and a three-day gap on each day', () => {
    expect(gapDays({ startLocal: '2026-12-01T22:00', endLocal: '2026-12-02T08:00' }, week.days)).toEqual([dayOf('2026-12-01')]);
    expect(gapDays({ startLocal: '2026-12-01T00:00', endLocal: '2026-12-04T00:00' }, week.days)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03'].map(dayOf));
    // A gap that began the week before shows on the first day while it lasts into it.
    expect(gapDays({ startLocal: '2026-11-29T22:00', endLocal: '2026-11-30T08:00' }, week.days)).toEqual([dayOf('2026-11-30')]);
  });

  it('puts a shift on the day it starts, and one begun before the period on the first day', () => {
    expect(shiftDay({ startLocal: '2026-12-03T22:00', endLocal: '2026-12-04T08:00' }, week.days)).toBe(dayOf('2026-12-03'));
    expect(shiftDay({ startLocal: '2026-11-29T22:00', endLocal: '2026-11-30T08:00' }, week.days)).toBe(dayOf('2026-11-30'));
    expect(shiftDay({ startLocal: '2026-12-07T22:00', endLocal: '2026-12-08T08:00' }, week.days)).toBeNull();
  });

  it('builds rows by person (with leave and conflicts) and by shift type, with the gaps row first', () => {
    const a = (key: string, staffId: number, start: string, end: string) => ({
      key,
      staffId,
      shiftTypeId: 1,
      start: `${start}:00.000Z`,
      end: `${end}:00.000Z`,
      startLocal: start,
      endLocal: end,
      hours: 10,
      periodHours: 10,
      source: { kind: 'rotation' as const, id: 1, occurrenceDate: start.slice(0, 10) },
      covers: ['phone' as const],
      night: true,
      weekend: false,
      onLeave: staffId === 2,
    });
    const rota = {
      from: week.from,
      to: week.to,
      staff: [
        { id: 1, name: 'Bea Lewis', sex: 'female', active: true },
        { id: 2, name: 'Amira Khan', sex: 'female', active: true },
        { id: 3, name: 'Gone Person', sex: 'male', active: false },
      ],
      shiftTypes: [{ id: 1, name: 'Night on call', kind: 'on_call_phone', covers: ['phone'] }],
      assignments: [a('k1', 1, '2026-11-30T22:00', '2026-12-01T08:00'), a('k2', 2, '2026-12-01T22:00', '2026-12-02T08:00')],
      gaps: [{ requirementId: 1, label: 'Female', start: '', end: '', startLocal: '2026-12-01T22:00', endLocal: '2026-12-02T08:00', have: 0, need: 1, reason: 'no female worker reachable' }],
      conflicts: [{ kind: 'on_leave', staffId: 2, assignmentKeys: ['k2'], start: '', end: '', startLocal: '2026-12-01T22:00', endLocal: '2026-12-02T08:00', message: 'Amira Khan is on leave' }],
      people: [],
      fairness: { people: 0, hours: { mean: 0, sd: 0, cv: 0 }, nightsWeekends: { mean: 0, sd: 0, cv: 0 }, contractShare: null, definition: '' },
      warnings: [],
    } as unknown as ResolvedRota;
    const leave = [{ id: 9, staffId: 2, start: '2026-12-01T12:00', end: '2026-12-04T12:00', type: 'annual' as const, createdAt: '' }];
    const rows = buildGrid(rota, leave, week.days, 'person');
    expect(rows.map((r) => r.label)).toEqual(['Gaps in cover', 'Bea Lewis', 'Amira Khan']);
    expect(rows[0]!.cells[1]!.gaps.map((g) => g.reason)).toEqual(['no female worker reachable']);
    expect(rows[1]!.cells[0]!.shifts.map((s) => s.assignment.key)).toEqual(['k1']);
    const tue = rows[2]!.cells[1]!;
    expect(tue.shifts[0]!.conflicts.map((c) => c.kind)).toEqual(['on_leave']);
    expect(rows[2]!.cells.map((c) => c.leave.length)).toEqual([0, 1, 1, 1, 1, 0, 0]);
    const byType = buildGrid(rota, leave, week.days, 'shiftType');
    expect(byType.map((r) => r.label)).toEqual(['Gaps in cover', 'Night on call']);
    expect(byType[1]!.cells[1]!.shifts.map((s) => s.personName)).toEqual(['Amira Khan']);
  });

  it('in discreet mode, shows a person named in a server message by their initials', () => {
    const m = 'Amira Khan is rostered on Night on call while on annual leave';
    expect(discreetText(m, 'Amira Khan', true)).toBe('A.K. is rostered on Night on call while on annual leave');
    expect(discreetText(m, 'Amira Khan', false)).toBe(m);
  });

  it('gives shift types short codes for the month view', () => {
    expect(['Waking night', 'On-call phone', 'Manager on call', 'Evening', 'Office day'].map(shortCode)).toEqual(['WN', 'OP', 'MC', 'EV', 'OD']);
  });
});

describe('"on now" timing', () => {
  it('asks again just after the answer runs out, within sensible bounds', () => {
    expect(refreshDelay({ at: '2026-11-12T21:55:00Z', validUntil: '2026-11-12T22:00:00Z' })).toBe(5 * 60_000 + 1_000);
    expect(refreshDelay({ at: '2026-11-12T21:59:59.900Z', validUntil: '2026-11-12T22:00:00Z' })).toBe(MIN_REFRESH_MS);
    expect(refreshDelay({ at: '2026-11-12T08:00:00Z', validUntil: '2026-11-14T08:00:00Z' })).toBe(MAX_REFRESH_MS);
  });

  it('says how long until the handover, and the day when it is not today', () => {
    expect(untilLabel(5 * 60_000)).toBe('in 5 min');
    expect(untilLabel(2 * 3_600_000 + 5 * 60_000)).toBe('in 2 h 5 min');
    expect(untilLabel(30_000)).toBe('in under a minute');
    expect(untilLabel(0)).toBe('now');
    expect(clockLabel('2026-11-13T08:00', '2026-11-12T22:00', () => 'Fri')).toBe('Fri 08:00');
    expect(clockLabel('2026-11-12T22:00', '2026-11-12T21:55', () => 'Thu')).toBe('22:00');
  });
});

describe('rotation preview', () => {
  it('gives each person a turn in order, from the date asked', () => {
    const p = { startDate: '2026-11-23', turnLengthDays: 7, people: [1, 2, 3, 4] };
    expect(turnsPreview(p, 5).map((t) => [t.from, t.to, t.staffId])).toEqual([
      ['2026-11-23', '2026-11-29', 1],
      ['2026-11-30', '2026-12-06', 2],
      ['2026-12-07', '2026-12-13', 3],
      ['2026-12-14', '2026-12-20', 4],
      ['2026-12-21', '2026-12-27', 1],
    ]);
    expect(turnsPreview(p, 1, '2026-12-09')[0]).toEqual({ from: '2026-12-07', to: '2026-12-13', staffId: 3 });
    expect(turnsPreview({ ...p, people: [] }, 3)).toEqual([]);
  });
});

describe('a referral from a call', () => {
  const phoneCall: PhoneCall = {
    id: 5,
    at: '2026-11-21T03:10:00.000Z',
    callerType: 'new_referral',
    caseId: null,
    caseReference: null,
    actionTaken: 'Woman fleeing tonight with two children; safety planned.',
    managerCalled: true,
    policeCalled: false,
    followUpNeeded: true,
    followUpNote: 'Call back at 9',
    followUpClosedAt: null,
    followUpClosedByUserId: null,
    followUpClosedByName: null,
    followUpClosingNote: null,
    loggedByUserId: 3,
    loggedByName: 'Nina Farouk',
    loggedAt: '2026-11-21T03:20:00.000Z',
    outOfHours: true,
    hidden: false,
  };

  it('keeps the call’s details for the intake form until it takes them, and tells a listener', () => {
    expect(startReferralFromCall(phoneCall)).toBe(false);
    expect(peekReferralPrefill()).toMatchObject({ fromCallId: 5, receivedAt: phoneCall.at, channel: 'phone' });
    const taken = takeReferralPrefill()!;
    expect(taken.notes).toContain('Woman fleeing tonight with two children');
    expect(taken.notes).toContain('Follow-up: Call back at 9');
    expect(taken.notes).toContain('The manager on call was called.');
    expect(takeReferralPrefill()).toBeNull();

    const off = onReferralFromCall(() => true);
    expect(startReferralFromCall({ ...phoneCall, caseId: 42 })).toBe(true);
    expect(takeReferralPrefill()!.linkHouseholdId).toBe(42);
    off();
  });
});
