/** Reads a JSON array column, tolerating an empty value. */
export function jsonArray<T = string>(text: string | null | undefined): T[] {
  if (!text) return [];
  const v = JSON.parse(text) as unknown;
  return Array.isArray(v) ? (v as T[]) : [];
}

/** Reads a JSON object column, tolerating an empty value. */
export function jsonObject<T extends object>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback;
  const v = JSON.parse(text) as unknown;
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as T) : fallback;
}
