import { ADMIN, ALL_STAFF, MANAGERS } from '../access';
import type { Access } from '../permissions';
import type { CASES_CHANNELS } from './channels.cases';

/**
 * Who may call each intake and case channel. Every role takes referrals and works on cases (a
 * night worker is often alone when a referral arrives); managers restrict cases, assign workers,
 * adjust the waiting list, take households off it, and remove people recorded in error; only an
 * administrator replaces the checklist's wording. Restricted cases are checked per
 * case by the service, on top of this table.
 */
export const CASES_PERMISSIONS: Record<(typeof CASES_CHANNELS)[number], Access> = {
  'referrals.create': ALL_STAFF,
  'referrals.matches': ALL_STAFF,
  'referrals.logContact': ALL_STAFF,
  'referrals.contactDue': ALL_STAFF,
  'referrals.decide': ALL_STAFF,
  'waitingList.list': ALL_STAFF,
  'waitingList.adjust': MANAGERS,
  'waitingList.leave': MANAGERS,
  'cases.list': ALL_STAFF,
  'cases.get': ALL_STAFF,
  'cases.restrict': MANAGERS,
  'cases.assignWorker': MANAGERS,
  'cases.updateAdult': ALL_STAFF,
  'cases.saveChild': ALL_STAFF,
  'cases.removeChild': MANAGERS,
  'cases.savePerpetrator': ALL_STAFF,
  'cases.saveCourtOrder': ALL_STAFF,
  'risk.checklist': ALL_STAFF,
  'risk.checklistLoad': ADMIN,
  'risk.checklistReset': ADMIN,
  'risk.assess': ALL_STAFF,
  'risk.addIncident': ALL_STAFF,
  'risk.saveMarac': ALL_STAFF,
  'drafts.save': ALL_STAFF,
  'drafts.get': ALL_STAFF,
  'drafts.discard': ALL_STAFF,
};
