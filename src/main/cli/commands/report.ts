import { writeFileSync } from 'node:fs';
import { DateOnly } from '../../../shared/cases/fields';
import { periodInputFromDates } from '../../../shared/reports/periods';
import { REPORT_NAMES, type ReportName } from '../../../shared/reports/registry';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, UsageError, type CliIo } from '../io';

/**
 * `waymark report NAME --db FILE --user USERNAME --from DATE --to DATE --format json|csv|xlsx|pdf
 * --out FILE [--no-suppress]`. Goes through the same router as the app, so only a manager or an
 * administrator can run it, and the export is audited. `json` is the unsuppressed figures for
 * checking inside the service; the other formats are suppressed unless --no-suppress is given.
 */
export async function reportCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || !(REPORT_NAMES as readonly string[]).includes(name)) throw new UsageError(`NAME must be one of ${REPORT_NAMES.join(', ')}`);
  const o = options(
    rest,
    {
      db: { type: 'string' },
      user: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'no-suppress': { type: 'boolean' },
    },
    ['db', 'user', 'from', 'to', 'format', 'out'],
  );
  const format = o.format!;
  if (!['json', 'csv', 'xlsx', 'pdf'].includes(format)) throw new UsageError('--format must be json, csv, xlsx or pdf');
  for (const k of ['from', 'to'] as const) if (!DateOnly.safeParse(o[k]).success) throw new UsageError(`--${k} must be a date as YYYY-MM-DD`);
  if (o.to! < o.from!) throw new UsageError('--to cannot be before --from');
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
    const file = await ctx.call('reports.export', {
      report: name as ReportName,
      period: periodInputFromDates(o.from!, o.to!),
      format: format as 'json' | 'csv' | 'xlsx' | 'pdf',
      suppress: !o['no-suppress'],
      zipPassword: null,
    });
    writeFileSync(o.out!, Buffer.from(file.content, 'base64'));
    io.stderr.write(`waymark report: wrote ${o.out} (${file.summary})\n`);
    return 0;
  } finally {
    ctx.close();
  }
}
