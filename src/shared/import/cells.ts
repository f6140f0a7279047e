/*
 * Turning spreadsheet cells (always text by the time they reach here) into the values the
 * features' schemas expect. Each converter returns the value, or a plain-English problem; an
 * empty cell is "not given" so that the schema's default applies.
 */

/** A converted cell: its value, or why it could not be read. */
export type CellResult = { ok: true; value: unknown } | { ok: false; problem: string };

const ok = (value: unknown): CellResult => ({ ok: true, value });
const bad = (problem: string): CellResult => ({ ok: false, problem });
const shown = (raw: string) => `“${raw.length > 40 ? `${raw.slice(0, 40)}…` : raw}”`;

/** Text as typed (the schema trims and limits it). */
export function textCell(raw: string): CellResult {
  return ok(raw);
}

/** A whole or decimal number; thousands separators allowed. */
export function numberCell(raw: string): CellResult {
  const n = Number(raw.replace(/,/g, '').trim());
  return Number.isFinite(n) ? ok(n) : bad(`${shown(raw)} is not a number.`);
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', 'ticked']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** Yes / no, as spreadsheets write it. */
export function booleanCell(raw: string): CellResult {
  const s = raw.trim().toLowerCase();
  if (YES.has(s)) return ok(true);
  if (NO.has(s)) return ok(false);
  return bad(`${shown(raw)} is not yes or no.`);
}

/** A date as YYYY-MM-DD or the UK's DD/MM/YYYY (never the US order). */
export function dateCell(raw: string): CellResult {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  let y: string, mo: string, d: string;
  if (m) [y, mo, d] = [m[1]!, m[2]!, m[3]!];
  else {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (!m) return bad(`${shown(raw)} is not a date: write it like 2026-10-25 or 25/10/2026.`);
    [d, mo, y] = [m[1]!, m[2]!, m[3]!];
  }
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const t = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== iso) return bad(`${shown(raw)} is not a real date.`);
  return ok(iso);
}

/** A moment: a full ISO time with offset, or a date alone (taken as the start of that day). */
export function instantCell(raw: string): CellResult {
  const s = raw.trim();
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(s);
  if (m) {
    const iso = `${m[1]}T${m[2]}${m[3] ?? ':00'}${m[4]}`;
    return Number.isNaN(new Date(iso).getTime()) ? bad(`${shown(raw)} is not a real time.`) : ok(iso);
  }
  const d = dateCell(s);
  // Midnight UTC is within the same London date in both winter and summer time.
  return d.ok ? ok(`${String(d.value)}T00:00:00Z`) : d;
}

/** A list separated by semicolons or commas. */
export function listCell(raw: string): CellResult {
  return ok(
    raw
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  );
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** One of a list of codes, matched by code or by its label, ignoring case and punctuation. */
export function choiceCell(labels: Record<string, string>, synonyms: Record<string, string> = {}): (raw: string) => CellResult {
  const byKey = new Map<string, string>();
  for (const [code, label] of Object.entries(labels)) {
    byKey.set(fold(code), code);
    byKey.set(fold(label), code);
  }
  for (const [word, code] of Object.entries(synonyms)) byKey.set(fold(word), code);
  const choices = Object.values(labels).join(', ');
  return (raw) => {
    const code = byKey.get(fold(raw));
    return code !== undefined ? ok(code) : bad(`${shown(raw)} is not one of: ${choices}.`);
  };
}

/** Folds a header or label for comparison: case, accents, punctuation and spacing ignored. */
export function foldHeader(s: string): string {
  return fold(s).replace(/ /g, '');
}
