import { cipherIntegrity, sqliteIntegrity } from '../../db/integrity';
import { LATEST_VERSION } from '../../db/migrations';
import { schemaVersion } from '../../db/migrate';
import { verifyAuditChain } from '../../db/repos/audit.repo';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, type CliIo } from '../io';

/**
 * `waymark verify --db FILE --user USERNAME`: signs in (password on stdin) and runs every check,
 * one line each; exits non-zero if any fails.
 */
export async function verifyCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const o = options(argv, { db: { type: 'string' }, user: { type: 'string' } }, ['db', 'user']);
  const reader = lineReader(io);
  let password: string;
  try {
    password = await reader.next('Password: ');
  } finally {
    reader.close();
  }
  requireDbFile(o.db!);
  const ctx = cliContext(o.db!, env);
  try {
    await ctx.call('session.signIn', { username: o.user!, password });
    const db = ctx.ws.unlocked!.open.db;
    const checks: [string, boolean, string][] = [];
    checks.push(['keyring', true, 'slot unwrapped, database id matches']);
    const cipher = cipherIntegrity(db);
    checks.push(['cipher_integrity_check', cipher.ok, cipher.ok ? 'ok' : cipher.problems.slice(0, 3).join('; ')]);
    const integrity = sqliteIntegrity(db);
    checks.push(['integrity_check', integrity.ok, integrity.ok ? 'ok' : integrity.problems.slice(0, 3).join('; ')]);
    const version = schemaVersion(db);
    checks.push(['migrations', version === LATEST_VERSION, `schema ${version} of ${LATEST_VERSION}`]);
    const chain = verifyAuditChain(db);
    checks.push(['audit chain', chain.ok, chain.message]);
    for (const [name, ok, detail] of checks) io.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}\n`);
    return checks.every((c) => c[1]) ? 0 : 1;
  } finally {
    ctx.close();
  }
}
