import { createHmac, pbkdf2Sync } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/*
 * An independent check of SQLCipher's page authentication, for every page of a database file.
 *
 * Why: this library (SQLite3 Multiple Ciphers) accepts PRAGMA cipher_integrity_check but does
 * nothing with it; it answers with no rows even for a file with damaged pages. So the check that
 * DESIGN §3 asks of backups is made here, in Node, from the published SQLCipher 4 page format:
 *   - page size 4096; the last 80 bytes of each page are reserved: a 16-byte IV, then a 64-byte
 *     HMAC-SHA512, then padding;
 *   - page 1 starts with the 16-byte salt, which is not encrypted; its page data starts after it;
 *   - the HMAC covers the page's ciphertext and IV, then the page number as 4 bytes little-endian;
 *   - with a raw key, the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations, 32 bytes).
 * Every page is read, including free pages that no b-tree check would ever visit.
 */

/** SQLCipher 4 defaults, as the database is opened with (cipher=sqlcipher, legacy=4). */
const PAGE_SIZE = 4096;
const SALT_BYTES = 16;
const IV_BYTES = 16;
const HMAC_BYTES = 64;
const RESERVE_BYTES = 80;
const FAST_KDF_ITER = 2;
const HMAC_SALT_MASK = 0x3a;

/** The outcome of checking every page. */
export interface PageAuthResult {
  ok: boolean;
  pages: number;
  /** Page numbers whose HMAC does not match (the first few). */
  badPages: number[];
  /** Set when the file cannot be a SQLCipher 4 database at all (empty, or not whole pages). */
  problem: string | null;
}

/** Page numbers reported at most (a wholly wrong key would otherwise list them all). */
const MAX_REPORTED = 20;

/**
 * Checks every page's HMAC with the raw data key. `onProgress` is told pages done and the total.
 * Reads the file in chunks of pages, never whole.
 */
export function checkPageAuthentication(path: string, dataKey: Buffer, onProgress?: (done: number, total: number) => void): PageAuthResult {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size === 0 || size % PAGE_SIZE !== 0) {
      return { ok: false, pages: 0, badPages: [], problem: `the file is ${size} bytes, not a whole number of ${PAGE_SIZE}-byte pages` };
    }
    const total = size / PAGE_SIZE;
    const salt = Buffer.alloc(SALT_BYTES);
    readSync(fd, salt, 0, SALT_BYTES, 0);
    const hmacSalt = Buffer.from(salt.map((b) => b ^ HMAC_SALT_MASK));
    const hmacKey = pbkdf2Sync(dataKey, hmacSalt, FAST_KDF_ITER, 32, 'sha512');
    const chunkPages = 256;
    const buf = Buffer.alloc(PAGE_SIZE * chunkPages);
    const pgnoBytes = Buffer.alloc(4);
    const badPages: number[] = [];
    let bad = 0;
    try {
      for (let first = 1; first <= total; first += chunkPages) {
        const count = Math.min(chunkPages, total - first + 1);
        readSync(fd, buf, 0, count * PAGE_SIZE, (first - 1) * PAGE_SIZE);
        for (let i = 0; i < count; i++) {
          const pgno = first + i;
          const page = buf.subarray(i * PAGE_SIZE, (i + 1) * PAGE_SIZE);
          const data = pgno === 1 ? page.subarray(SALT_BYTES) : page;
          const covered = data.length - RESERVE_BYTES + IV_BYTES; // ciphertext, then IV
          const stored = data.subarray(covered, covered + HMAC_BYTES);
          pgnoBytes.writeUInt32LE(pgno, 0);
          const mac = createHmac('sha512', hmacKey).update(data.subarray(0, covered)).update(pgnoBytes).digest();
          if (!mac.equals(stored)) {
            bad++;
            if (badPages.length < MAX_REPORTED) badPages.push(pgno);
          }
        }
        onProgress?.(Math.min(total, first + count - 1), total);
      }
    } finally {
      hmacKey.fill(0);
    }
    return { ok: bad === 0, pages: total, badPages, problem: bad ? `${bad} of ${total} page(s) fail their HMAC` : null };
  } finally {
    closeSync(fd);
  }
}
