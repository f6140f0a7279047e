import { ReferralStatus } from '../../../shared/cases/vocab';
import { toCsv } from '../../export/csv';
import { audit } from '../../services/workspace';
import { listCaseSummaries } from '../../services/cases/case-record.service';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, UsageError, type CliIo } from '../io';

/**
 * `waymark cases list --db FILE --user USERNAME [--status STATUS] [--format json|csv] [--names]`:
 * case references with status, risk level and dates (received, decided). Names only with --names,
 * by a manager or administrator; the listing is audited either way, and a refused --names too.
 */
export async function casesCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'list') throw new UsageError(`unknown cases command "${sub ?? ''}" (expected: list)`);
  const o = options(rest, { db: { type: 'string' }, user: { type: 'string' }, status: { type: 'string' }, format: { type: 'string' }, names: { type: 'boolean' } }, ['db', 'user']);
  const format = o.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
  const status = o.status ?? null;
  if (status !== null && !(ReferralStatus.codes as readonly string[]).includes(status)) throw new UsageError(`--status must be one of ${ReferralStatus.codes.join(', ')}`);
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
    const role = ctx.ws.session!.role;
    if (o.names && role !== 'manager' && role !== 'administrator') {
      // A refusal is audited like the router's: someone asked for names they may not take away.
      audit(ctx.ws, { action: 'cases.export.denied', entity: 'cases', detail: `--names refused for role ${role}` });
      throw new UsageError('--names needs a manager or an administrator');
    }
    const items: ReturnType<typeof listCaseSummaries>['items'] = [];
    for (let offset = 0; ; offset += 500) {
      const page = listCaseSummaries(ctx.ws, { search: '', status: status as never, riskLevel: null, workerId: null, receivedFrom: null, receivedTo: null, limit: 500, offset });
      items.push(...page.items);
      if (page.items.length < 500) break;
    }
    audit(ctx.ws, { action: 'cases.export', entity: 'cases', detail: `${items.length} rows, ${format}${o.names ? ', with names' : ''}` });
    const rows = items.map((i) => ({
      reference: i.reference,
      status: i.status,
      riskLevel: i.riskLevel,
      receivedAt: i.receivedAt,
      decidedAt: i.decidedAt,
      ...(o.names ? { name: i.displayName } : {}),
    }));
    const columns = ['reference', 'status', 'riskLevel', 'receivedAt', 'decidedAt', ...(o.names ? ['name'] : [])];
    if (format === 'json') io.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    else io.stdout.write(toCsv(columns, rows.map((r) => columns.map((c) => (r as Record<string, unknown>)[c]))));
    return 0;
  } finally {
    ctx.close();
  }
}
