import { writeSync } from 'node:fs';
import { openDatabase } from '../db/connection';
import { appendAudit } from '../db/repos/audit.repo';
import { CRASH_ACTION, CRASH_COUNTER_KEY } from './crash-constants';

/*
 * The crash test's victim: a separate process (entry "crash-writer") that opens the encrypted
 * database exactly as the app does and commits records in a loop until it is killed. After each
 * commit it writes the record's id to stdout, so the parent knows which writes were promised.
 * Usage: crash-writer DBPATH, with the data key in hex on stdin.
 */

/** Standard input to its end. (readFileSync(0) can fail with EAGAIN on a pipe not yet written.) */
async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

async function main(): Promise<void> {
  const dbPath = process.argv[2];
  const keyHex = (await readStdin()).trim();
  if (!dbPath || !/^[0-9a-f]{64}$/.test(keyHex)) {
    process.stderr.write('usage: crash-writer DBPATH (key in hex on stdin)\n');
    process.exit(2);
  }
  const open = openDatabase(dbPath, Buffer.from(keyHex, 'hex'));
  const db = open.db;
  const counter = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  writeSync(1, 'ready\n');
  const filler = 'x'.repeat(6000);
  for (let n = 0; ; n++) {
    // Records of varied size, so some span overflow pages and checkpoints move many pages.
    const detail = `${n}:${filler.slice(0, (n * 7919) % 6000)}`;
    const id = db.transaction(() => {
      const id = appendAudit(db, new Date().toISOString(), { userId: null, username: null, action: CRASH_ACTION, entity: 'crash', entityId: n, detail });
      counter.run(CRASH_COUNTER_KEY, JSON.stringify(id));
      return id;
    })();
    // Written only after COMMIT returned: every id printed is a promise the database must keep.
    writeSync(1, `${id}\n`);
  }
}

void main();
