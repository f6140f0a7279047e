import { options } from '../args';
import { cliContext, type CliEnv } from '../context';
import { lineReader, UsageError, type CliIo } from '../io';

/** `waymark init --db FILE --org NAME --admin USERNAME [--name DISPLAY]`: password twice on stdin. */
export async function initCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const o = options(argv, { db: { type: 'string' }, org: { type: 'string' }, admin: { type: 'string' }, name: { type: 'string' } }, ['db', 'org', 'admin']);
  const reader = lineReader(io);
  let password: string;
  let again: string;
  try {
    password = await reader.next('Password for the administrator: ');
    again = await reader.next('Same password again: ');
  } finally {
    reader.close();
  }
  if (password !== again) throw new UsageError('the two passwords do not match');
  const ctx = cliContext(o.db!, env);
  try {
    const { recoveryKey } = await ctx.call('setup.create', {
      orgName: o.org!,
      adminUsername: o.admin!,
      adminDisplayName: o.name ?? o.admin!,
      password,
      passwordAgain: again,
    });
    io.stdout.write(`Created ${o.db} and its keyring for ${o.org}.\n`);
    io.stdout.write(`Recovery key: ${recoveryKey}\n`);
    io.stdout.write('Write the recovery key down or print it, and keep it in the office safe. It is not shown again.\n');
    return 0;
  } finally {
    ctx.close();
  }
}
