/*
 * Initials for discreet mode. Names come in every script, so letters are taken as grapheme
 * clusters (a letter with its accents or vowel signs stays whole) and upper-cased by locale
 * rules; scripts without case are left as they are.
 */

const segmenter: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

function firstGrapheme(word: string): string {
  if (segmenter) {
    for (const s of segmenter.segment(word)) return s.segment;
    return '';
  }
  return Array.from(word)[0] ?? '';
}

/** Separators between the parts of a name or username. */
const SEPARATORS = /[\s._\-‐‑–—,/]+/u;

/** The part of a word from its first letter or digit (skips quotes and brackets, e.g. "(Jo)"). */
function fromFirstLetter(word: string): string {
  const m = word.match(/[\p{L}\p{N}].*$/su);
  return m ? m[0] : '';
}

/**
 * "Amira Khan" → "A.K.", "Mary Ann O'Neil" → "M.O.", "Prince" → "P.". First and last parts only,
 * so a long name does not become a recognisable string of letters. Empty input → "?".
 */
export function initialsOf(name: string): string {
  const parts = name
    .normalize('NFC')
    .split(SEPARATORS)
    .map(fromFirstLetter)
    .filter((p) => p.length > 0);
  if (parts.length === 0) return '?';
  const picked = parts.length === 1 ? [parts[0]!] : [parts[0]!, parts[parts.length - 1]!];
  return picked.map((p) => `${firstGrapheme(p).toLocaleUpperCase()}.`).join('');
}
