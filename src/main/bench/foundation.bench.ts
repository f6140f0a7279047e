import { join } from 'node:path';
import { systemClock } from '../../shared/clock';
import { openDatabase } from '../db/connection';
import { readKeyringFile } from '../db/keyring-file';
import { checkAndMigrate, createVault, unlockWithPassword, vaultPaths } from '../db/vault';
import { time } from './measure';
import type { BenchContext, BenchResult } from './suite';

const PASSWORD = 'benchmark-passphrase-long';

/**
 * Sign-in as a person experiences it (scrypt at the real cost, unwrap, open, identity and schema
 * check) and opening with the raw key alone, which is what every later operation pays.
 */
export async function benchFoundation(ctx: BenchContext): Promise<BenchResult[]> {
  const paths = vaultPaths(join(ctx.dir, 'foundation.db'));
  const { unlocked } = await createVault(paths, { orgName: 'Bench', username: 'bench', displayName: 'Bench', password: PASSWORD }, systemClock);
  const key = Buffer.from(unlocked.open.dataKey);
  unlocked.open.close();
  ctx.log('foundation: sign-in');
  const signIn = await time(async () => {
    const u = await unlockWithPassword(paths, 'bench', PASSWORD);
    u.open.close();
  }, 5);
  ctx.log('foundation: open with raw key');
  const keyring = readKeyringFile(paths.keyringPath);
  const openRaw = await time(() => {
    const o = openDatabase(paths.dbPath, Buffer.from(key));
    checkAndMigrate(o.db, keyring);
    o.close();
  }, 20);
  key.fill(0);
  return [
    {
      name: 'sign-in',
      description: 'scrypt (N=2^17, r=8, p=1) + unwrap + open + identity and migration check',
      target: '< 1000 ms',
      timing: signIn,
    },
    { name: 'open-with-raw-key', description: 'open the database with the data key, identity and migration check', timing: openRaw },
  ];
}
