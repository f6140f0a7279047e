import { ADMIN, ALL_STAFF, MANAGERS } from '../access';
import type { Access } from '../permissions';
import type { SANCTUARY_CHANNELS } from './channels.sanctuary';

/**
 * Who may call each sanctuary channel. Every role works sanctuary cases (referrals arrive at any
 * hour, and the practitioner records approvals and fittings); managers keep the schedule of rates
 * and the support rate; administrators change the working-day calendar. Restricted cases are
 * checked per case by the services, on top of this table.
 */
export const SANCTUARY_PERMISSIONS: Record<(typeof SANCTUARY_CHANNELS)[number], Access> = {
  'sanctuary.list': ALL_STAFF,
  'sanctuary.get': ALL_STAFF,
  'sanctuary.candidates': ALL_STAFF,
  'sanctuary.refer': ALL_STAFF,
  'sanctuary.decide': ALL_STAFF,
  'sanctuary.update': ALL_STAFF,
  'sanctuary.assessments.save': ALL_STAFF,
  'sanctuary.measures.request': ALL_STAFF,
  'sanctuary.measures.approve': ALL_STAFF,
  'sanctuary.measures.fit': ALL_STAFF,
  'sanctuary.measures.refuse': ALL_STAFF,
  'sanctuary.councilApproval.record': ALL_STAFF,
  'sanctuary.referToWaitingList': ALL_STAFF,
  'sanctuary.close': ALL_STAFF,
  'sanctuary.due': ALL_STAFF,
  'sanctuary.rates.list': ALL_STAFF,
  'sanctuary.rates.save': MANAGERS,
  'sanctuary.supportRate.save': MANAGERS,
  'workingDays.calendar': ALL_STAFF,
  'workingDays.add': ADMIN,
  'workingDays.remove': ADMIN,
};
