// axe-core in the page: the accessibility audit the e2e tests run on each view they check.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeRun = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> };

/**
 * axe-core's serious and critical violations on the page as it is now, as "rule: target" lines. axe arrives as an
 * inline script, which the app's CSP rightly refuses: audit pages opened with `bypassCsp`.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeRun> } }).axe;
    const run = await axe.run((globalThis as unknown as { document: unknown }).document, {
      resultTypes: ['violations'],
    });
    return run.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.targets.join(' ')}`);
}
