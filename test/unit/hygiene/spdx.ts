/*
 * A small SPDX licence-expression evaluator: enough for the expressions npm packages use
 * ("MIT", "(MIT OR CC0-1.0)", "MIT AND ISC", "Apache-2.0 WITH LLVM-exception").
 */

/** Thrown for an expression the evaluator cannot read: a test failure, never a pass. */
export class SpdxParseError extends Error {
  constructor(expression: string) {
    super(`cannot read licence expression "${expression}"`);
    this.name = 'SpdxParseError';
  }
}

/**
 * Whether an expression is satisfied by the allowed licences: OR needs one side allowed, AND
 * needs both, and "X WITH exception" is judged by X (an exception only grants more).
 */
export function satisfies(expression: string, allowed: ReadonlySet<string>): boolean {
  const tokens = expression.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').trim().split(/\s+/);
  let i = 0;
  const fail = (): never => {
    throw new SpdxParseError(expression);
  };
  const primary = (): boolean => {
    const t = tokens[i++] ?? fail();
    if (t === '(') {
      const v = orExpr();
      if (tokens[i++] !== ')') fail();
      return v;
    }
    if (t === ')' || /^(AND|OR|WITH)$/i.test(t)) fail();
    if (tokens[i]?.toUpperCase() === 'WITH') i += 2;
    // "MIT+" means this version or later; the later versions are judged the same.
    return allowed.has(t.replace(/\+$/, ''));
  };
  const andExpr = (): boolean => {
    let v = primary();
    while (tokens[i]?.toUpperCase() === 'AND') {
      i++;
      const right = primary();
      v = v && right;
    }
    return v;
  };
  const orExpr = (): boolean => {
    let v = andExpr();
    while (tokens[i]?.toUpperCase() === 'OR') {
      i++;
      const right = andExpr();
      v = v || right;
    }
    return v;
  };
  const result = orExpr();
  if (i !== tokens.length) fail();
  return result;
}

/** The licence a manifest declares, as one expression (old array forms are joined with AND). */
export function declaredLicence(manifest: { license?: unknown; licenses?: unknown }): string | null {
  const one = (l: unknown): string | null => {
    if (typeof l === 'string') return l;
    if (l && typeof l === 'object' && typeof (l as { type?: unknown }).type === 'string') return (l as { type: string }).type;
    return null;
  };
  if (manifest.license !== undefined) return one(manifest.license);
  if (Array.isArray(manifest.licenses)) {
    const all = manifest.licenses.map(one);
    if (all.length === 0 || all.some((l) => l === null)) return null;
    // Joined with AND: the stricter reading of an old-style list.
    return all.map((l) => `(${l})`).join(' AND ');
  }
  return one(manifest.licenses);
}
