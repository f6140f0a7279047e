import fc from 'fast-check';
import type { z } from 'zod';
import { validish } from './fuzz-schema';

/*
 * Hostile payloads for IPC fuzzing: wrong types, missing fields, huge strings, deep nesting,
 * prototype-pollution keys, NaN and infinities, impossible dates, arrays where objects belong.
 * For a channel whose input is an object, payloads mostly use its real field names with hostile
 * values, so they get past "unknown key" and reach the deeper checks and the handler.
 */

/** An object nested `depth` levels deep ({a:{a:{…}}}). */
export function deepObject(depth: number): unknown {
  let o: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) o = { a: o };
  return o;
}

/** An array nested `depth` levels deep. */
export function deepArray(depth: number): unknown {
  let o: unknown = [1];
  for (let i = 0; i < depth; i++) o = [o];
  return o;
}

/** Objects carrying prototype-pollution keys as own properties (as JSON.parse makes them). */
const pollution = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"prototype":{"polluted":"yes"}}'),
  JSON.parse('{"__proto__":{"toString":"x","valueOf":1}}'),
  Object.assign(Object.create(null) as object, { polluted: 'yes' }),
);

const HUGE = 'x'.repeat(1_000_000);
const strings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFEFF\u202E',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    "'; DROP TABLE users; --",
    '=cmd|" /C calc"!A0',
    '../../../../etc/passwd',
    'C:\\Windows\\System32',
    '\\\\server\\share\\x.db',
    '/',
    '__proto__',
    'constructor',
    'NaN',
    '1e309',
    '-0',
    'true',
    'null',
    'administrator',
    HUGE,
    'é'.repeat(70_000),
    '😀'.repeat(30_000),
  ),
);

const dates = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    '0000-00-00',
    '2026-02-30',
    '2026-13-01',
    '2026-11-20T25:61:00Z',
    '+275760-09-13T00:00:00.000Z',
    '-271821-04-20T00:00:00.000Z',
    '9999-12-31',
    '1900-01-01',
    '1970-01-01T00:00:00Z',
    '2026-03-29T01:30:00Europe/London',
    'yesterday',
  ),
);

const numbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 2, 3, -1, 2 ** 31, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, 1e-300),
  fc.bigInt(),
);

const deep = fc.constantFrom(deepObject(1_000), deepObject(10_000), deepArray(1_000), deepArray(10_000));

/** Any hostile value, possibly containing more of them. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(undefined, null, true, false),
    numbers,
    strings,
    dates,
    pollution,
    deep,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')), tie('v'), { maxKeys: 4 }),
    fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true, maxDepth: 3 }),
  ),
})).v;

/** The field names of an object schema (looking through defaults, pipes and refinements), if any. */
export function fieldNames(schema: z.ZodType): string[] {
  let s: unknown = schema;
  for (let i = 0; i < 10 && s; i++) {
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    if (def.type === 'object' && def.shape && typeof def.shape === 'object') return Object.keys(def.shape as object);
    s = def.in ?? def.innerType ?? def.schema;
  }
  return [];
}

const own = (o: Record<string, unknown>, k: string, v: unknown) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

/**
 * Hostile payloads for one channel: anything at all, and (for an object input) hostile values
 * under its own field names with prototype-pollution keys beside them. Cheap to generate and
 * mostly refused by validation, so they are sent by the thousand.
 */
export function hostilePayloadsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const names = fieldNames(schema);
  const whole = fc.oneof(hostileValue, pollution, deep, fc.array(hostileValue, { maxLength: 3 }));
  if (names.length === 0) return whole;
  // Some of its fields, each with a hostile value (generated only for the fields present).
  const fields = fc.record(Object.fromEntries(names.map((n) => [n, hostileValue])), { requiredKeys: [] });
  const extras = fc.option(fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'polluted'), hostileValue, { maxKeys: 2 }), { nil: null, freq: 2 });
  const shaped = fc.tuple(fields, extras).map(([picked, extra]) => {
    // Own properties only, even for "__proto__" (as JSON.parse would deliver them).
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(picked)) own(o, k, v);
    if (extra) for (const [k, v] of Object.entries(extra)) own(o, k, v);
    return o;
  });
  return fc.oneof({ arbitrary: whole, weight: 1 }, { arbitrary: shaped, weight: 2 });
}

/**
 * Payloads shaped by one channel's schema: values generated from it (to get past validation into
 * the handler), and the same with one field made hostile. Slower to generate and to answer (most
 * reach the handler and the database), so they are sent in smaller numbers.
 */
export function schemaPayloadsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const names = fieldNames(schema);
  const valid = validish(schema, hostileValue);
  if (names.length === 0) return valid;
  const mutated = fc.tuple(valid, fc.constantFrom(...names, '__proto__', 'constructor'), hostileValue).map(([v, k, bad]) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const o = { ...(v as Record<string, unknown>) };
    own(o, k, bad);
    return o;
  });
  return fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: mutated, weight: 2 });
}
