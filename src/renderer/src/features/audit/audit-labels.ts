/**
 * Plain-English names for the audit actions recorded so far. Later features add theirs; an action
 * without a label is shown by its code, which is still readable ("case.view").
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  setup: 'Waymark set up',
  'sign-in': 'Signed in',
  'sign-in.failed': 'Failed sign-in',
  'sign-out': 'Signed out',
  lock: 'Locked',
  'password.change': 'Changed own password',
  'recovery-key.used': 'Recovery key used',
  'user.add': 'Added a user',
  'user.role': 'Changed a role',
  'user.deactivate': 'Deactivated a user',
  'user.reset-password': 'Reset a password',
  'settings.update': 'Changed settings',
  'access.denied': 'Refused: not allowed for role',
};

/** Entities recorded so far, for the filter. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  user: 'User account',
  organisation: 'Organisation',
  settings: 'Settings',
  channel: 'Action (refused)',
};

/** The label for an action code. */
export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

/** Select options: the known codes plus any others seen on screen, labelled, sorted by label. */
export function optionsFor(labels: Record<string, string>, seen: Iterable<string>): { value: string; label: string }[] {
  const codes = new Set([...Object.keys(labels), ...seen]);
  return [...codes].map((value) => ({ value, label: labels[value] ?? value })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
}
