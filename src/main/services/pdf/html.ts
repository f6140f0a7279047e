/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Tagged template that escapes every interpolated value (use raw() for trusted fragments). */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += (v instanceof RawHtml ? v.value : Array.isArray(v) ? v.map((x) => (x instanceof RawHtml ? x.value : escapeHtml(x))).join('') : escapeHtml(v)) + strings[i + 1]!;
  });
  return out;
}

/** A fragment already built safely (for example by html``). */
export class RawHtml {
  constructor(readonly value: string) {}
}

/** Marks a fragment built by html`` as safe to embed. */
export function raw(fragment: string): RawHtml {
  return new RawHtml(fragment);
}
