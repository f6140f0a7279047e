import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/*
 * Each restore first copies the live database aside ("waymark-before-restore-…", with its
 * write-ahead log and keyring). Left alone they would pile up next to the live database, each a
 * full copy of everyone's records that no retention purge reaches and whose keyring still opens
 * with old passwords. A safety copy is for undoing a restore that turns out wrong within days, so
 * the newest few are kept and anything older than a month goes.
 */

/** Safety copies kept, newest first, whatever their age. */
export const SAFETY_COPIES_KEPT = 3;
/** Older safety copies beyond the kept few are removed after this many days. */
export const SAFETY_COPY_MAX_AGE_DAYS = 30;

const SAFETY_DB = /^waymark-before-restore-[0-9-]+\.db$/;
const PARTS = ['', '-wal', '-shm', '.keyring'] as const;

/**
 * Removes safety copies in `folder` beyond the newest SAFETY_COPIES_KEPT that are also older than
 * SAFETY_COPY_MAX_AGE_DAYS, never `keep` (the one just made). Returns the names removed.
 */
export async function pruneSafetyCopies(folder: string, now: Date, keep: string | null): Promise<string[]> {
  const names = (await readdir(folder)).filter((n) => SAFETY_DB.test(n));
  const dated = await Promise.all(names.map(async (name) => ({ name, at: (await stat(join(folder, name))).mtimeMs })));
  dated.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
  const cutoff = now.getTime() - SAFETY_COPY_MAX_AGE_DAYS * 86_400_000;
  const removed: string[] = [];
  for (const { name, at } of dated.slice(SAFETY_COPIES_KEPT)) {
    const path = join(folder, name);
    if (path === keep || at > cutoff) continue;
    for (const part of PARTS) await rm(`${path}${part}`, { force: true });
    removed.push(name);
  }
  return removed;
}
