import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { runBenchmarks } from '../../bench/suite';
import { options } from '../args';
import { UsageError, type CliIo } from '../io';

/** `waymark bench [--scale small|large] [--out FILE]`: runs every benchmark, writes JSON. */
export async function benchCommand(argv: string[], io: CliIo): Promise<number> {
  const o = options(argv, { scale: { type: 'string' }, out: { type: 'string' } }, []);
  const scale = o.scale ?? 'small';
  if (scale !== 'small' && scale !== 'large') throw new UsageError('--scale must be small or large');
  const report = await runBenchmarks(scale, (line) => io.stderr.write(`bench: ${line}\n`));
  const json = JSON.stringify(report, null, 2) + '\n';
  if (o.out) {
    mkdirSync(dirname(o.out), { recursive: true });
    writeFileSync(o.out, json);
    io.stderr.write(`bench: wrote ${o.out}\n`);
  } else io.stdout.write(json);
  return 0;
}
