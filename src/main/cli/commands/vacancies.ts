import { DateOnly } from '../../../shared/cases/fields';
import { VACANCY_COLUMNS } from '../../../shared/allocation/vacancies';
import { toCsv } from '../../export/csv';
import { audit } from '../../services/workspace';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, UsageError, type CliIo } from '../io';

/**
 * `waymark vacancies --db FILE --user USERNAME [--date DATE] [--format json|csv]`: the units free
 * on a night (default tonight) for the national vacancy directory — type, setting, size, children
 * and boys' ages, access, pets. Never an address, name or locality. Audited.
 */
export async function vacanciesCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const o = options(argv, { db: { type: 'string' }, user: { type: 'string' }, date: { type: 'string' }, format: { type: 'string' } }, ['db', 'user']);
  const format = o.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
  if (o.date !== undefined && !DateOnly.safeParse(o.date).success) throw new UsageError('--date must be a date as YYYY-MM-DD');
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
    const list = await ctx.call('vacancies.list', { date: o.date ?? null });
    audit(ctx.ws, { action: 'vacancies.export', entity: 'units', detail: `${list.vacancies.length} vacancies for ${list.date}, ${format}` });
    if (format === 'json') io.stdout.write(JSON.stringify(list, null, 2) + '\n');
    else {
      io.stdout.write(
        toCsv(
          ['Night', ...VACANCY_COLUMNS.map((c) => c.header)],
          list.vacancies.map((v) => [list.date, ...VACANCY_COLUMNS.map((c) => c.value(v))]),
        ),
      );
    }
    return 0;
  } finally {
    ctx.close();
  }
}
