import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneSafetyCopies, SAFETY_COPIES_KEPT } from '../../../src/main/services/backup/safety-copies';

const NOW = new Date('2026-11-22T12:00:00Z');
const DAY = 86_400_000;
let dirs: string[] = [];
afterEach(() => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  dirs = [];
});

/** A data folder with the live database and safety copies made `ages` days ago. */
function folderWith(ages: number[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-safety-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'waymark.db'), 'live');
  writeFileSync(join(dir, 'waymark.keyring'), 'live keyring');
  ages.forEach((age, i) => {
    const base = join(dir, `waymark-before-restore-20260101-00000${i}.db`);
    for (const part of ['', '-wal', '.keyring']) {
      writeFileSync(`${base}${part}`, 'copy');
      const at = new Date(NOW.getTime() - age * DAY);
      utimesSync(`${base}${part}`, at, at);
    }
  });
  return dir;
}

describe('safety copies left by restores', () => {
  it('keeps the newest three whatever their age, and removes older ones past a month with their log and keyring', async () => {
    const dir = folderWith([400, 200, 100, 45, 31]);
    const removed = await pruneSafetyCopies(dir, NOW, null);
    // Newest three: 31, 45, 100 days; the two older are past 30 days and go.
    expect(removed.sort()).toEqual(['waymark-before-restore-20260101-000000.db', 'waymark-before-restore-20260101-000001.db']);
    for (const part of ['', '-wal', '.keyring']) {
      expect(existsSync(join(dir, `waymark-before-restore-20260101-000000.db${part}`))).toBe(false);
      expect(existsSync(join(dir, `waymark-before-restore-20260101-000002.db${part}`))).toBe(true);
    }
    expect(existsSync(join(dir, 'waymark.db'))).toBe(true);
    expect(existsSync(join(dir, 'waymark.keyring'))).toBe(true);
  });

  it('keeps recent copies even beyond three, and never the one just made', async () => {
    const dir = folderWith([1, 2, 3, 4, 10, 90]);
    const justMade = join(dir, 'waymark-before-restore-20260101-000005.db');
    const removed = await pruneSafetyCopies(dir, NOW, justMade);
    expect(removed).toEqual([]);
    expect(SAFETY_COPIES_KEPT).toBe(3);
  });
});
