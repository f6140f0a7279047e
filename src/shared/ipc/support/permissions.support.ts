import { ADMIN, ALL_STAFF, MANAGERS } from '../access';
import type { Access } from '../permissions';
import type { SUPPORT_CHANNELS } from './channels.support';

/**
 * Who may call each support channel. Everyone who works with cases records support, feedback,
 * events and spends (night workers support residents out of hours too) and prints letters;
 * managers set and correct personal budgets and see service-wide support totals; administrators
 * edit letter templates. Per case, on top of this table, the services refuse restricted cases, an
 * exit that ends a stay needs a manager (as ending a stay on the board does), and a letter that
 * uses a unit's address needs a manager.
 */
export const SUPPORT_PERMISSIONS: Record<(typeof SUPPORT_CHANNELS)[number], Access> = {
  'support.plan.get': ALL_STAFF,
  'support.plan.save': ALL_STAFF,
  'support.plan.scores': ALL_STAFF,
  'support.reviewsDue': ALL_STAFF,
  'support.contacts.list': ALL_STAFF,
  'support.contacts.add': ALL_STAFF,
  'support.contacts.totals': MANAGERS,
  'support.feedback.list': ALL_STAFF,
  'support.feedback.add': ALL_STAFF,
  'support.events.list': ALL_STAFF,
  'support.events.save': ALL_STAFF,
  'support.budget.get': ALL_STAFF,
  'support.budget.allocate': MANAGERS,
  'support.budget.spend': ALL_STAFF,
  'support.budget.voidSpend': MANAGERS,
  'support.moveOn.start': ALL_STAFF,
  'support.moveOn.end': ALL_STAFF,
  'exits.get': ALL_STAFF,
  'exits.record': ALL_STAFF,
  'exits.followUp': ALL_STAFF,
  'exits.followUpsDue': ALL_STAFF,
  'letters.templates.list': ALL_STAFF,
  'letters.templates.save': ADMIN,
  'letters.settings.save': ADMIN,
  'letters.preview': ALL_STAFF,
  'letters.pdf': ALL_STAFF,
  'letters.recordPrint': ALL_STAFF,
};
