import { PassThrough } from 'node:stream';
import { runCli } from '../../src/main/cli/index';
import type { CliEnv } from '../../src/main/cli/context';
import { TEST_SCRYPT } from './temp-workspace';

/** Runs the CLI in-process with the given standard input; returns exit code and output. */
export async function cli(argv: string[], stdinLines: string[] = [], env: CliEnv = { scrypt: TEST_SCRYPT }) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  stdin.end(stdinLines.map((l) => l + '\n').join(''));
  const code = await runCli(argv, { stdin, stdout, stderr }, env);
  return { code, out, err };
}
