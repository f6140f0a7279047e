/** Splits a recovery key into groups of four for reading and copying by hand ("ABCD-EFGH" → ["ABCD", "EFGH"]). */
export function recoveryKeyGroups(key: string): string[] {
  const clean = key.replace(/[\s-]/g, '').toUpperCase();
  return clean.match(/.{1,4}/g) ?? [];
}
