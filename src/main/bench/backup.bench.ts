import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupNow } from '../services/backup/backup.service';
import { verifyBackup } from '../services/backup/restore.service';
import { summarise } from './measure';
import type { BenchContext, BenchResult } from './suite';

/**
 * Backing up the demo database as an administrator's button does (worker thread: snapshot copy,
 * page HMACs, integrity check, row counts, hash), and verifying a set before a restore.
 */
export async function benchBackup(ctx: BenchContext): Promise<BenchResult[]> {
  const demo = await ctx.demo();
  const { ws, close } = await demo.open();
  const folder = join(ctx.dir, 'backups');
  mkdirSync(folder, { recursive: true });
  try {
    const runs = ctx.scale === 'large' ? 3 : 5;
    const backup: number[] = [];
    const verify: number[] = [];
    let file = '';
    for (let i = 0; i < runs; i++) {
      ctx.log(`backup: run ${i + 1} of ${runs}`);
      const t0 = performance.now();
      const r = await backupNow(ws, { folder, trigger: 'manual' });
      backup.push(performance.now() - t0);
      file = r.file;
      const t1 = performance.now();
      await verifyBackup(ws, r.file);
      verify.push(performance.now() - t1);
    }
    const mb = Math.round((statSync(demo.dbPath).size / (1024 * 1024)) * 10) / 10;
    return [
      { name: 'backup', description: `verified backup set of the demo database (${mb} MB), in a worker thread`, target: '< 30 s at large scale', timing: summarise(backup) },
      { name: 'backup-verify', description: 'verify a backup set (hash, page HMACs, integrity, row counts)', timing: summarise(verify), figures: { setMB: Math.round((statSync(file).size / (1024 * 1024)) * 10) / 10 } },
    ];
  } finally {
    close();
  }
}
