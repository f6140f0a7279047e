import fc from 'fast-check';
import type { z } from 'zod';

/*
 * Values a zod schema would probably accept, generated from the schema itself (its type, length
 * and range checks, formats and patterns), so fuzzing reaches the handlers and not only the
 * validator. Anything it cannot model falls back to `fallback`. Refinements are not modelled:
 * values failing them are simply refused, which is also worth calling.
 */

interface Def {
  type: string;
  [k: string]: unknown;
}

function defOf(schema: unknown): Def | null {
  return ((schema as { _zod?: { def?: Def } })._zod?.def as Def | undefined) ?? null;
}

interface Bounds {
  min?: number;
  max?: number;
  minInclusive?: boolean;
  maxInclusive?: boolean;
  int?: boolean;
  pattern?: RegExp;
}

function boundsOf(def: Def): Bounds {
  const b: Bounds = {};
  for (const c of (def.checks as unknown[] | undefined) ?? []) {
    const d = defOf(c) as (Def & { check?: string }) | null;
    if (!d) continue;
    const check = (d as { check?: string }).check;
    if (check === 'min_length') b.min = Number(d.minimum);
    else if (check === 'max_length') b.max = Number(d.maximum);
    else if (check === 'length_equals') b.min = b.max = Number(d.length);
    else if (check === 'greater_than') {
      b.min = Number(d.value);
      b.minInclusive = Boolean(d.inclusive);
    } else if (check === 'less_than') {
      b.max = Number(d.value);
      b.maxInclusive = Boolean(d.inclusive);
    } else if (check === 'number_format') b.int = true;
    else if (check === 'string_format' && d.pattern instanceof RegExp) b.pattern = d.pattern;
  }
  if (def.format === 'safeint' || def.format === 'int32') b.int = true;
  return b;
}

function stringArb(def: Def, b: Bounds): fc.Arbitrary<unknown> {
  const min = b.min ?? 0;
  const max = Math.min(b.max ?? 60, Math.max(min, 60));
  switch (def.format) {
    case 'date':
      return fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'datetime':
      return fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
    case 'time':
      return fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    case 'email':
      return fc.emailAddress();
    case 'uuid':
    case 'guid':
      return fc.uuid();
    default:
      break;
  }
  const pattern = b.pattern ?? (def.pattern instanceof RegExp ? def.pattern : undefined);
  if (pattern) {
    try {
      return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= (b.max ?? Infinity));
    } catch {
      /* a pattern fast-check cannot generate from */
    }
  }
  return fc.oneof(fc.string({ minLength: min, maxLength: max }), fc.string({ unit: 'grapheme', minLength: min, maxLength: max }));
}

function numberArb(b: Bounds): fc.Arbitrary<unknown> {
  const lo = Math.max(b.min ?? -1_000_000, -Number.MAX_SAFE_INTEGER);
  const hi = Math.min(b.max ?? 1_000_000, Number.MAX_SAFE_INTEGER);
  if (b.int) {
    const min = Math.ceil(b.minInclusive === false ? lo + 1 : lo);
    const max = Math.floor(b.maxInclusive === false ? hi - 1 : hi);
    if (min > max) return fc.integer();
    // Small ids often: rows 1, 2, 3 exist in the test database.
    const smallMin = Math.max(min, 0);
    const smallMax = Math.min(max, 5);
    return smallMin <= smallMax ? fc.oneof(fc.integer({ min: smallMin, max: smallMax }), fc.integer({ min, max })) : fc.integer({ min, max });
  }
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary for values `schema` would probably accept; `fallback` where it cannot tell. */
export function validish(schema: unknown, fallback: fc.Arbitrary<unknown>, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (!def || depth > 6) return fallback;
  const inner = (s: unknown) => validish(s, fallback, depth + 1);
  switch (def.type) {
    case 'string':
      return stringArb(def, boundsOf(def));
    case 'number':
      return numberArb(boundsOf(def));
    case 'bigint':
      return fc.bigInt();
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc.date({ noInvalidDate: true });
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 3 });
    case 'default':
    case 'prefault':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner((def.getter as () => unknown)());
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'intersection':
      return inner(def.left);
    case 'array': {
      const b = boundsOf(def);
      return fc.array(inner(def.element), { minLength: b.min ?? 0, maxLength: Math.min(b.max ?? 4, Math.max(b.min ?? 0, 4)) });
    }
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), { maxKeys: 4 });
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const keys = Object.keys(shape);
      const optional = new Set(keys.filter((k) => ['optional', 'default', 'prefault'].includes(defOf(shape[k])?.type ?? '')));
      return fc.record(Object.fromEntries(keys.map((k) => [k, inner(shape[k])])), { requiredKeys: keys.filter((k) => !optional.has(k)) });
    }
    default:
      return fallback;
  }
}
