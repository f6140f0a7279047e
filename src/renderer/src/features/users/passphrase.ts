import { PASSPHRASE_WORDS } from './word-list';

/** Words in a generated temporary password: 5 × 8 bits = 40 bits, ample for a password that must be changed at first use. */
export const PASSPHRASE_WORD_COUNT = 5;

/** A uniformly random index below `n`, by rejection sampling (no modulo bias). */
function randomIndex(n: number, random: (buf: Uint32Array<ArrayBuffer>) => unknown): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buf = new Uint32Array(1);
  for (;;) {
    random(buf);
    const v = buf[0]!;
    if (v < limit) return v % n;
  }
}

/**
 * A temporary password such as "lantern-otter-quilt-maple-ferry", from the browser's
 * cryptographic random source. Readable aloud and easy to type from a note.
 */
export function generatePassphrase(
  words: readonly string[] = PASSPHRASE_WORDS,
  count = PASSPHRASE_WORD_COUNT,
  random: (buf: Uint32Array<ArrayBuffer>) => unknown = (b) => crypto.getRandomValues(b),
): string {
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(words[randomIndex(words.length, random)]!);
  return picked.join('-');
}
