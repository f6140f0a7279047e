import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LocalDateSchema } from '../../../shared/rota/schemas/common.rota';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, UsageError, type CliIo } from '../io';

const FORMATS = ['ics', 'csv', 'pdf'] as const;

function date(name: string, value: string): string {
  const r = LocalDateSchema.safeParse(value);
  if (!r.success) throw new UsageError(`--${name}: ${r.error.issues[0]?.message ?? 'not a date'}`);
  return r.data;
}

/**
 * `waymark rota export --db FILE --user USERNAME --from DATE --to DATE --format ics|csv|pdf
 * [--person NAME] --out FILE`: signs in (password on stdin) and writes the export through the
 * same channels, permissions and audit as the app.
 */
export async function rotaCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'export') throw new UsageError(`unknown rota command "${sub ?? ''}" (expected: export)`);
  const o = options(
    rest,
    {
      db: { type: 'string' },
      user: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      person: { type: 'string' },
      out: { type: 'string' },
    },
    ['db', 'user', 'from', 'to', 'format', 'out'],
  );
  const format = FORMATS.find((f) => f === o.format);
  if (!format) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const from = date('from', o.from!);
  const to = date('to', o.to!);
  if (to < from) throw new UsageError('--to must be on or after --from');
  if (o.person !== undefined && format !== 'ics') throw new UsageError('--person works with --format ics (one person’s calendar)');
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
    let staffId: number | undefined;
    if (o.person !== undefined) {
      const wanted = o.person.trim().toLocaleLowerCase('en-GB');
      const matches = (await ctx.call('rota.staff.list', { includeInactive: true })).filter((s) => s.name.trim().toLocaleLowerCase('en-GB') === wanted);
      if (matches.length === 0) throw new UsageError(`nobody called "${o.person}" is in the staff directory`);
      if (matches.length > 1) throw new UsageError(`${matches.length} people are called "${o.person}"; rename one in the staff directory`);
      staffId = matches[0]!.id;
    }
    const file =
      format === 'ics'
        ? await ctx.call('rota.export.ics', { from, to, staffId })
        : format === 'csv'
          ? await ctx.call('rota.export.csv', { from, to })
          : await ctx.call('rota.export.pdf', { from, to });
    const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
    mkdirSync(dirname(o.out!), { recursive: true });
    writeFileSync(o.out!, bytes);
    io.stdout.write(`Wrote ${o.out} (${format}, ${from} to ${to}${o.person !== undefined ? `, ${o.person}` : ''}, ${bytes.length} bytes).\n`);
    return 0;
  } finally {
    ctx.close();
  }
}
