import { RoleSchema } from '../../../shared/roles';
import { options } from '../args';
import { cliContext, requireDbFile, type CliEnv } from '../context';
import { lineReader, UsageError, type CliIo } from '../io';

/**
 * `waymark users add --db FILE --user ADMIN --new USERNAME --role ROLE [--name DISPLAY]`: the
 * administrator's password, then the new person's temporary password, on stdin.
 */
export async function usersCommand(argv: string[], io: CliIo, env: CliEnv): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'add') throw new UsageError(`unknown users command "${sub ?? ''}" (expected: add)`);
  const o = options(
    rest,
    { db: { type: 'string' }, user: { type: 'string' }, new: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
    ['db', 'user', 'new', 'role'],
  );
  const role = RoleSchema.safeParse(o.role);
  if (!role.success) throw new UsageError(`--role must be one of ${RoleSchema.options.join(', ')}`);
  const reader = lineReader(io);
  let adminPassword: string;
  let temporary: string;
  try {
    adminPassword = await reader.next('Your password: ');
    temporary = await reader.next(`Temporary password for ${o.new}: `);
  } finally {
    reader.close();
  }
  requireDbFile(o.db!);
  const ctx = cliContext(o.db!, env);
  try {
    await ctx.call('session.signIn', { username: o.user!, password: adminPassword });
    const user = await ctx.call('users.add', { username: o.new!, displayName: o.name ?? o.new!, role: role.data, temporaryPassword: temporary });
    io.stdout.write(`Added ${user.username} (${user.role}). They must choose a new password when they first sign in.\n`);
    return 0;
  } finally {
    ctx.close();
  }
}
