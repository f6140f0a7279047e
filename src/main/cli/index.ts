import { AppError } from '../../shared/errors';
import { backupCommand } from './commands/backup';
import { benchCommand } from './commands/bench';
import { casesCommand } from './commands/cases';
import { initCommand } from './commands/init';
import { letterCommand } from './commands/letter';
import { reportCommand } from './commands/report';
import { restoreCommand } from './commands/restore';
import { rotaCommand } from './commands/rota';
import { seedDemoCommand } from './commands/seed-demo';
import { usersCommand } from './commands/users';
import { vacanciesCommand } from './commands/vacancies';
import { verifyCommand } from './commands/verify';
import type { CliEnv } from './context';
import { UsageError, type CliIo } from './io';

/** A command: arguments after its name, the streams, and test hooks. Returns the exit code. */
export type Command = (argv: string[], io: CliIo, env: CliEnv) => Promise<number>;

/** Every command, by name. Later features add theirs here. */
export const COMMANDS: Record<string, Command> = {
  init: initCommand,
  verify: verifyCommand,
  users: usersCommand,
  bench: benchCommand,
  rota: rotaCommand,
  'seed-demo': seedDemoCommand,
  cases: casesCommand,
  backup: backupCommand,
  restore: restoreCommand,
  vacancies: vacanciesCommand,
  letter: letterCommand,
  report: reportCommand,
};

const USAGE = `Usage: waymark <command> [options]
  init   --db FILE --org NAME --admin USERNAME      create a database (password twice on stdin)
  verify --db FILE --user USERNAME                  check encryption, integrity, schema and audit chain
  users add --db FILE --user ADMIN --new USERNAME --role ROLE
  cases list --db FILE --user USERNAME [--status STATUS] [--format json|csv] [--names]
  seed-demo --db FILE --user ADMIN [--scale small|large]   fill an empty database with demo data
  letter discharge --db FILE --user USERNAME --case REF --out FILE.pdf   print a case's letter to PDF
  backup --db FILE --user ADMIN --to DIR           make a verified backup set in DIR (password on stdin)
  restore --backup FILE --db FILE --user ADMIN     replace FILE's database with a backup (password of an
                                                   administrator in the backup on stdin; Waymark closed)
  vacancies --db FILE --user USERNAME [--date DATE] [--format json|csv]   free units for the vacancy directory
  bench  [--scale small|large] [--out FILE]        run the benchmarks, JSON out
  rota export --db FILE --user USERNAME --from DATE --to DATE --format ics|csv|pdf [--person NAME] --out FILE
  report annual-return|quarterly|kpi --db FILE --user USERNAME --from DATE --to DATE --format json|csv|xlsx|pdf --out FILE [--no-suppress]
Passwords are read from standard input, never from arguments.`;

/** Runs the CLI; never throws. Errors are one line on stderr with a non-zero exit code. */
export async function runCli(argv: string[], io: CliIo, env: CliEnv = {}): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`waymark: unknown command "${name}". Run "waymark --help".\n`);
    return 2;
  }
  try {
    return await command(rest, io, env);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`waymark ${name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof AppError) {
      io.stderr.write(`waymark ${name}: ${e.message}\n`);
      return 1;
    }
    io.stderr.write(`waymark ${name}: unexpected error (${e instanceof Error ? e.name : 'unknown'}). Nothing further was changed.\n`);
    return 1;
  }
}

// Run when executed as the CLI entry (bin/waymark.mjs imports this module and calls main()).
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  process.exitCode = code;
}
