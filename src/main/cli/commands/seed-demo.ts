import { seedClock } from '../../seed/seed-clock';
import { seedDemo, type SeedScale } from '../../seed/seed-demo';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, UsageError, type CliIo } from '../io';

/**
 * `waymark seed-demo --db FILE --user USERNAME [--scale small|large] [--seed N]`: the
 * administrator's password, then (optionally) a password for the demo staff accounts, on stdin.
 */
export async function seedDemoCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const o = options(argv, { db: { type: 'string' }, user: { type: 'string' }, scale: { type: 'string' }, seed: { type: 'string' } }, ['db', 'user']);
  const scale = (o.scale ?? 'small') as SeedScale;
  if (scale !== 'small' && scale !== 'large') throw new UsageError('--scale must be small or large');
  const seed = o.seed === undefined ? 7 : Number(o.seed);
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
  requireDbFile(o.db!);
  const reader = lineReader(io);
  let password: string;
  let staffPassword: string;
  try {
    password = await reader.next('Your password: ');
    staffPassword = await reader.next('Password for the demo staff accounts: ').catch(() => password);
  } finally {
    reader.close();
  }
  const clock = seedClock((env.clock ?? { now: () => new Date() }).now());
  const ctx = cliContext(o.db!, { ...env, clock });
  try {
    await ctx.call('session.signIn', { username: o.user!, password });
    if (ctx.ws.session?.role !== 'administrator') throw new UsageError('seed-demo needs an administrator');
    const t0 = Date.now();
    const summary = await seedDemo(ctx.ws, { scale, seed, clock, staffPassword: staffPassword || password, log: (l) => io.stderr.write(`seed: ${l}\n`) });
    io.stdout.write(
      [
        `Seeded ${scale} demo data in ${((Date.now() - t0) / 1000).toFixed(1)} s:`,
        `  staff accounts: ${summary.staff} (usernames like mona.manager, sophie.support, nina.night)`,
        `  referrals: ${summary.cases.referrals}, households: ${summary.cases.households}`,
        ...summary.extra.map((l) => `  ${l}`),
      ].join('\n') + '\n',
    );
    return 0;
  } finally {
    ctx.close();
  }
}
