import { systemClock } from '../../shared/clock';
import { vaultPaths } from '../db/vault';
import { createAppRouter } from '../ipc/app-router';
import { getCaseRecord, listCaseSummaries } from '../services/cases/case-record.service';
import { loadCommonPasswords } from '../services/common-passwords';
import { lock, signIn } from '../services/session.service';
import { createWorkspace, requireDb } from '../services/workspace';
import { londonDateOf } from '../services/reports/london-dates';
import { financialYearOf } from '../../shared/reports/periods';
import { plusDays } from '../../shared/allocation/nights';

/*
 * The memory benchmark's subject: a fresh process (entry "memory-probe") holding what the app's
 * main process holds — the workspace, the router, the open encrypted database — and nothing of
 * the benchmark run around it (its plaintext copies and earlier results would otherwise count).
 * It signs in and works as a manager would in a shift: the case list page by page, two hundred
 * case records, the audit log, waiting list, contact-due list, allocation board and on-call,
 * then the dashboards for last financial year and the annual return over everything the
 * database holds (the heaviest read there is: it fills the page cache).
 * Usage: memory-probe DBPATH, with {"username","password"} as JSON on stdin; prints the figures
 * as one JSON line. Started with --expose-gc so the figure is what stays, not garbage.
 */

const MB = 1024 * 1024;

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

async function main(): Promise<void> {
  const dbPath = process.argv[2];
  const { username, password } = JSON.parse(await readStdin()) as { username: string; password: string };
  if (!dbPath) throw new Error('usage: memory-probe DBPATH');
  global.gc?.();
  const before = process.memoryUsage();
  const ws = createWorkspace({ paths: vaultPaths(dbPath), clock: systemClock, commonPasswords: loadCommonPasswords() });
  await signIn(ws, { username, password });
  const router = createAppRouter(ws, () => {});
  const db = requireDb(ws);
  const households = (db.prepare('SELECT id FROM households ORDER BY id DESC LIMIT 200').all() as { id: number }[]).map((r) => r.id);
  for (let offset = 0; offset < 2000; offset += 100) {
    listCaseSummaries(ws, { search: '', status: null, riskLevel: null, workerId: null, receivedFrom: null, receivedTo: null, limit: 100, offset });
  }
  for (const id of households) getCaseRecord(ws, id);
  for (const channel of ['audit.list', 'waitingList.list', 'referrals.contactDue', 'allocation.board', 'rota.onNow']) await router.call(channel, {});
  const today = londonDateOf(new Date().toISOString());
  const first = (db.prepare('SELECT min(received_at) AS at FROM referrals').get() as { at: string | null }).at;
  // The longest period the screens accept is ten years.
  const from = [londonDateOf(first ?? new Date().toISOString()), plusDays(today, -3650)].sort()[1]!;
  for (const [channel, input] of [
    ['reports.dashboards', { period: { kind: 'financial_year', year: financialYearOf(today) - 1 } }],
    ['reports.run', { report: 'annual-return', period: { kind: 'custom', from, to: today } }],
  ] as const) {
    const r = await router.call(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r)}`);
  }
  global.gc?.();
  const after = process.memoryUsage();
  const dbBytes = (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
  lock(ws, 'sign-out', false);
  process.stdout.write(
    `${JSON.stringify({ rssMB: Math.round(after.rss / MB), heapUsedMB: Math.round(after.heapUsed / MB), heapTotalMB: Math.round(after.heapTotal / MB), externalMB: Math.round(after.external / MB), rssBeforeOpenMB: Math.round(before.rss / MB), databaseMB: Math.round(dbBytes / MB) })}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`memory-probe failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
