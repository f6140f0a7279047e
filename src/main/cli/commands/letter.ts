import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import { TemplateCode } from '../../../shared/support/schemas/letters.schema';
import { findByReference } from '../../db/repos/support/episodes.repo';
import { requireDb } from '../../services/workspace';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, UsageError, type CliIo } from '../io';

/**
 * `waymark letter discharge --db FILE --user USERNAME --case REF --out FILE.pdf`: prints a letter
 * for a case to PDF through the same router, rules and audit as the app (any template code works
 * in place of "discharge", e.g. "residence"). REF is a case reference (C-000123: the latest
 * episode) or a referral reference (C-000123/2: that episode). The password is read from stdin.
 */
export async function letterCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const [code, ...rest] = argv;
  if (!code || !TemplateCode.safeParse(code).success) throw new UsageError('expected a letter, e.g. "waymark letter discharge --db FILE --user USERNAME --case C-000123 --out letter.pdf"');
  const o = options(rest, { db: { type: 'string' }, user: { type: 'string' }, case: { type: 'string' }, out: { type: 'string' } }, ['db', 'user', 'case', 'out']);
  const reference = o.case!.trim().toUpperCase();
  if (!/^C-\d{6}(\/\d+)?$/.test(reference)) throw new UsageError('--case must be a case reference such as C-000123, or a referral reference such as C-000123/2');
  if (!o.out!.toLowerCase().endsWith('.pdf')) throw new UsageError('--out must name a .pdf file');
  requireDbFile(o.db!);
  const reader = lineReader(io);
  let password: string;
  try {
    password = await reader.next('Password: ');
  } finally {
    reader.close();
  }
  const ctx = cliContext(o.db!, env);
  try {
    await ctx.call('session.signIn', { username: o.user!, password });
    const found = findByReference(requireDb(ctx.ws), reference);
    if (!found) throw new AppError('NOT_FOUND', `no case or referral ${reference}`);
    const file = await ctx.call('letters.pdf', { householdId: found.householdId, templateCode: code, referralId: found.referralId });
    const out = resolve(o.out!);
    const bytes = Buffer.from(file.content, 'base64');
    writeFileSync(out, bytes, { mode: 0o600 });
    io.stdout.write(`${out} (${bytes.length.toLocaleString('en-GB')} bytes)\n`);
    return 0;
  } finally {
    ctx.close();
  }
}
