import { describe, expect, it } from 'vitest';
import { countInterventions } from '../../../src/shared/sanctuary/rules';
import { clockState } from '../../../src/shared/sanctuary/rules';
import { workingCalendar } from '../../../src/shared/working-days/working-days';

describe('counting interventions', () => {
  it('counts each measure line once, and a household’s window locks as one intervention whatever the number', () => {
    expect(
      countInterventions([
        { kind: 'lock_change', status: 'fitted' },
        { kind: 'window_locks', status: 'fitted' }, // front windows (4 locks on one line)
        { kind: 'window_locks', status: 'fitted' }, // rear windows, a second line
        { kind: 'window_locks', status: 'requested' },
        { kind: 'cctv', status: 'requested' },
        { kind: 'mortice_lock', status: 'refused' },
      ]),
    ).toEqual({ requested: 4, installed: 2 });
  });

  it('counts two locks on two doors as two interventions', () => {
    expect(countInterventions([{ kind: 'mortice_lock', status: 'fitted' }, { kind: 'mortice_lock', status: 'fitted' }])).toEqual({ requested: 2, installed: 2 });
  });

  it('counts nothing for no measures', () => {
    expect(countInterventions([])).toEqual({ requested: 0, installed: 0 });
  });
});

describe('the clocks', () => {
  const cal = workingCalendar();
  it('shows a risk assessment not started two working days after a referral as overdue', () => {
    // Referral Friday 22 May 2026; Monday 25 is a bank holiday; due Wednesday 27.
    expect(clockState(cal, 'risk_assessment', '2026-05-22', null, '2026-05-27')).toMatchObject({ dueOn: '2026-05-27', status: 'running', workingDays: 2 });
    expect(clockState(cal, 'risk_assessment', '2026-05-22', null, '2026-05-28')).toMatchObject({ status: 'overdue', workingDays: 3 });
    expect(clockState(cal, 'risk_assessment', '2026-05-22', '2026-05-27', '2026-06-30')).toMatchObject({ status: 'met', workingDays: 2 });
    expect(clockState(cal, 'risk_assessment', '2026-05-22', '2026-05-28', '2026-06-30')).toMatchObject({ status: 'late', workingDays: 3 });
  });

  it('gives the support plan and fitting five working days', () => {
    expect(clockState(cal, 'support_plan', '2026-03-09', null, '2026-03-09').dueOn).toBe('2026-03-16');
    expect(clockState(cal, 'fitting', '2026-12-23', null, '2026-12-23').dueOn).toBe('2027-01-04');
    expect(clockState(cal, 'fitting', null, null, '2026-12-23')).toMatchObject({ status: 'not_started', dueOn: null });
  });
});
