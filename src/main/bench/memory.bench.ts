import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { resolveEntry, type EntryPoint } from '../entry-points';
import type { BenchContext, BenchResult } from './suite';

/** What the probe reports. */
interface ProbeFigures {
  rssMB: number;
  heapUsedMB: number;
  rssBeforeOpenMB: number;
  databaseMB: number;
}

/**
 * The probe to run. From the source tree (tsx) the built probe is preferred when it exists
 * (`npm run bench` builds first): it is the code the app runs, while tsx's loader would add some
 * 70 MB of its own to the figure.
 */
function probeEntry(): EntryPoint {
  const entry = resolveEntry('memory-probe');
  if (entry.execArgv.length === 0) return entry;
  const built = resolve(dirname(entry.file), '../../../out/main/memory-probe.js');
  return existsSync(built) ? { file: built, execArgv: [] } : entry;
}

/** Runs the memory probe on the demo database in a fresh process and reads its figures. */
function runProbe(entry: EntryPoint, dbPath: string, username: string, password: string): Promise<ProbeFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...entry.execArgv, entry.file, dbPath], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`the memory probe exited with ${code}: ${err.trim().slice(-500)}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()!) as ProbeFigures);
      } catch {
        reject(new Error(`the memory probe printed no figures: ${out.slice(-200)}`));
      }
    });
    child.stdin.end(JSON.stringify({ username, password }));
  });
}

/**
 * The main process's memory with the demo database open and in use: resident set size of a fresh
 * process that holds what the app's main process holds (workspace, router, open database) after
 * a manager's shift of work (see memory-probe.ts). Measured in a process of its own, because this
 * one holds the rest of the benchmark run.
 */
export async function benchMemory(ctx: BenchContext): Promise<BenchResult[]> {
  const demo = await ctx.demo();
  ctx.log('memory: working through the demo database in a fresh process');
  const entry = probeEntry();
  const figures = await runProbe(entry, demo.dbPath, demo.username, demo.password);
  return [
    {
      name: 'main-process-memory',
      description: 'resident memory of a fresh process holding the workspace, router and open demo database after a shift of work',
      target: '< 300 MB',
      figures: { ...figures, probe: entry.execArgv.length === 0 ? 'built code' : 'source through tsx' },
    },
  ];
}
