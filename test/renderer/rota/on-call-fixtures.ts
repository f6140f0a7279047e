import type { PhoneCall } from '../../../src/shared/rota/schemas/phone-log.schema';

/** A phone call as the main process returns it (an unlinked out-of-hours call), with overrides. */
export const call = (over: Partial<PhoneCall>): PhoneCall => ({
  id: 1,
  at: '2026-11-21T02:10:00.000Z',
  callerType: 'resident',
  caseId: null,
  caseReference: null,
  actionTaken: 'Talked it through.',
  managerCalled: false,
  policeCalled: false,
  followUpNeeded: false,
  followUpNote: '',
  followUpClosedAt: null,
  followUpClosedByUserId: null,
  followUpClosedByName: null,
  followUpClosingNote: null,
  loggedByUserId: 3,
  loggedByName: 'Nina Night',
  loggedAt: '2026-11-21T02:10:00.000Z',
  outOfHours: true,
  hidden: false,
  ...over,
});
