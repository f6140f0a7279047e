import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SWAP_ACTIONS } from '../../src/shared/rota/schemas/swap.schema';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../src/shared/audit/audit-labels';

/*
 * The audit log is read by managers answering "who did what": every action the main process
 * records must have a plain-English label, not show as a code. The scan reads every audit call's
 * `action: …, entity: …` in src/main and takes each quoted code in the action expression
 * (including both arms of a conditional); codes built from a template are listed by hand below.
 */

const MAIN = resolve(__dirname, '../../src/main');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    // The benchmarks' crash writer records into its own throwaway databases only.
    if (p === join(MAIN, 'bench')) return [];
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function recorded(): { actions: Set<string>; entities: Set<string> } {
  const actions = new Set<string>();
  const entities = new Set<string>();
  for (const file of sources(MAIN)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/action: ([^\n]*?), entity: '([a-z_]+)'/g)) {
      const expr = m[1]!;
      // Codes are the expression itself or an arm of a conditional, not what a condition compares.
      if (!expr.startsWith('`')) for (const code of expr.matchAll(/(?:^|\?\s*|:\s*)'([^']+)'/g)) actions.add(code[1]!);
      entities.add(m[2]!);
    }
  }
  return { actions, entities };
}

const FROM_TEMPLATES = [
  ...['oneOff', 'override'].flatMap((layer) => [`rota.${layer}.add`, `rota.${layer}.remove`]),
  ...SWAP_ACTIONS.map((a) => `rota.swap.${a}`),
  ...['entry', 'review', 'exit', 'follow_up'].map((stage) => `support.scores.${stage}`),
  ...['ics', 'csv', 'pdf'].map((format) => `rota.export.${format}`),
];

describe('audit log labels', () => {
  it('every action the main process records has a plain-English label', () => {
    const { actions } = recorded();
    // The scan itself works: it finds the core actions and well over a hundred in all.
    expect(actions.size).toBeGreaterThan(100);
    expect(actions).toContain('sign-in');
    const missing = [...actions, ...FROM_TEMPLATES].filter((a) => !(a in AUDIT_ACTION_LABELS));
    expect(missing).toEqual([]);
  });

  it('every entity recorded has a label for the filter', () => {
    const { entities } = recorded();
    expect(entities.size).toBeGreaterThan(20);
    expect([...entities].filter((e) => !(e in AUDIT_ENTITY_LABELS))).toEqual([]);
  });
});
