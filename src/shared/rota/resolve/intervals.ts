/** A half-open stretch of time [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

/** Sorts and merges spans that overlap or touch. */
export function mergeSpans<T extends Span>(spans: readonly T[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    if (s.end <= s.start) continue;
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The length of the overlap of two spans (0 if none). */
export function overlapMs(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Removes `cut` from each span (spans must be merged and sorted; so must `cut`). */
export function subtractSpans(spans: readonly Span[], cut: readonly Span[]): Span[] {
  if (cut.length === 0) return spans.map((s) => ({ ...s }));
  const out: Span[] = [];
  let j = 0;
  for (const s of spans) {
    let cur = s.start;
    while (j < cut.length && cut[j]!.end <= cur) j++;
    let k = j;
    while (k < cut.length && cut[k]!.start < s.end) {
      const c = cut[k]!;
      if (c.start > cur) out.push({ start: cur, end: c.start });
      cur = Math.max(cur, c.end);
      k++;
    }
    if (cur < s.end) out.push({ start: cur, end: s.end });
  }
  return out;
}

/**
 * Sorted, merged spans with prefix sums, answering "how much of [a, b) do these cover?" in
 * O(log n): used for rolling 17-week working-time windows.
 */
export class SpanIndex {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly prefix: number[];
  constructor(readonly spans: readonly Span[]) {
    this.starts = spans.map((s) => s.start);
    this.ends = spans.map((s) => s.end);
    this.prefix = [0];
    for (const s of spans) this.prefix.push(this.prefix[this.prefix.length - 1]! + (s.end - s.start));
  }
  /** Index of the first span ending after t. */
  private firstEndingAfter(t: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Index of the first span starting at or after t. */
  private firstStartingFrom(t: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Total covered time within [a, b). */
  covered(a: number, b: number): number {
    if (b <= a) return 0;
    const i = this.firstEndingAfter(a);
    const j = this.firstStartingFrom(b); // spans i..j-1 overlap [a, b)
    if (j <= i) return 0;
    let total = this.prefix[j]! - this.prefix[i]!;
    total -= Math.max(0, a - this.starts[i]!);
    total -= Math.max(0, this.ends[j - 1]! - b);
    return total;
  }
}
