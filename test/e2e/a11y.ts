import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/*
 * Accessibility checks for end-to-end specs: axe-core against WCAG 2.0/2.1 A and AA, failing on
 * serious and critical violations (shared/DESIGN.md §6: zero on every screen). Minor and moderate
 * findings are returned so a spec can log them, but do not fail it.
 */

/** WCAG rule sets checked. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violation, as readable in a failure message. */
function describe(v: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }): string {
  const where = v.nodes
    .slice(0, 4)
    .map((n) => `    at ${n.target.map(String).join(' ')}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`)
    .join('\n');
  return `${v.id} (${v.impact}): ${v.help}\n${where}`;
}

/**
 * Runs axe on the page (or the part matching `include`) and fails the test, naming the screen,
 * if any serious or critical violation is found. Returns the lesser findings.
 */
export async function expectNoSeriousA11yViolations(page: Page, screen: string, opts: { include?: string } = {}): Promise<string[]> {
  // Let transitions finish: axe reads computed colours, and a fading element has none yet.
  await page.waitForTimeout(250);
  let builder = new AxeBuilder({ page }).withTags(A11Y_TAGS);
  if (opts.include) builder = builder.include(opts.include);
  const results = await builder.analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map(describe), `axe: serious or critical violations on ${screen}`).toEqual([]);
  return results.violations.filter((v) => !serious.includes(v)).map(describe);
}
