import { parseArgs } from 'node:util';
import { UsageError } from './io';

/** Parses options, turning parseArgs' errors into one-line usage errors. */
export function options<T extends Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>>(
  argv: string[],
  spec: T,
  required: (keyof T & string)[],
): { [K in keyof T]: T[K]['type'] extends 'string' ? string | undefined : boolean | undefined } {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: argv, options: spec, allowPositionals: false, strict: true }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message.split('\n')[0]! : 'bad arguments');
  }
  for (const name of required) if (values[name] === undefined || values[name] === '') throw new UsageError(`--${name} is required`);
  if ('password' in values) throw new UsageError('passwords are read from standard input, never from arguments');
  return values as never;
}
