/**
 * Whether an error is SQLite saying another connection holds a lock it needed (after waiting
 * busy_timeout): SQLITE_BUSY, SQLITE_LOCKED and their extended forms.
 */
export function isBusyError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null || !('code' in e)) return false;
  const code = String((e as { code: unknown }).code);
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}
