import { cipherIntegrity, pageIntegrity, sqliteIntegrity } from '../../db/integrity';
import { LATEST_VERSION } from '../../db/migrations';
import { schemaVersion } from '../../db/migrate';
import { verifyAuditChain } from '../../db/repos/audit.repo';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, type CliIo } from '../io';

type Check = [name: string, run: () => { ok: boolean; detail: string }];

/**
 * `waymark verify --db FILE --user USERNAME`: signs in (password on stdin) and runs every check,
 * one line each; exits non-zero if any fails. A check that throws (a damaged page makes SQLite
 * stop reading) is reported as that check failing, and the others still run.
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
    const open = ctx.ws.unlocked!.open;
    const db = open.db;
    const checks: Check[] = [
      ['keyring', () => ({ ok: true, detail: 'slot unwrapped, database id matches' })],
      // The library's own pragma is a no-op (see integrity.ts); page authentication below is the real check.
      ['cipher_integrity_check', () => {
        const r = cipherIntegrity(db);
        return { ok: r.ok, detail: r.ok ? 'ok' : r.problems.slice(0, 3).join('; ') };
      }],
      ['page authentication', () => {
        const r = pageIntegrity(db, open.path, open.dataKey);
        return { ok: r.ok, detail: r.ok ? `every page's HMAC verified (${r.pages} pages)` : r.problems.slice(0, 3).join('; ') };
      }],
      ['integrity_check', () => {
        const r = sqliteIntegrity(db);
        return { ok: r.ok, detail: r.ok ? 'ok' : r.problems.slice(0, 3).join('; ') };
      }],
      ['migrations', () => {
        const v = schemaVersion(db);
        return { ok: v === LATEST_VERSION, detail: `schema ${v} of ${LATEST_VERSION}` };
      }],
      ['audit chain', () => {
        const r = verifyAuditChain(db);
        return { ok: r.ok, detail: r.message };
      }],
    ];
    let allOk = true;
    for (const [name, run] of checks) {
      let result: { ok: boolean; detail: string };
      try {
        result = run();
      } catch (e) {
        result = { ok: false, detail: e instanceof Error ? e.message : 'check could not run' };
      }
      allOk &&= result.ok;
      io.stdout.write(`${result.ok ? 'ok  ' : 'FAIL'} ${name}: ${result.detail}\n`);
    }
    return allOk ? 0 : 1;
  } finally {
    ctx.close();
  }
}
