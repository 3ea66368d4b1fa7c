import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';

export interface AxeFinding {
  page: string;
  id: string;
  impact: string;
  /** How many elements fail the rule. */
  count: number;
  nodes: string[];
}

/**
 * axe-core over the page as shown: every violation is attached to the test; the serious and
 * critical ones are returned (with up to five of their elements) for the caller to assert on.
 */
export async function seriousViolations(
  page: Page,
  testInfo: TestInfo,
  what: string,
): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  await testInfo.attach(`axe-${what}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      page: what,
      id: v.id,
      impact: v.impact ?? '',
      count: v.nodes.length,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`),
    }));
}

/** How many elements each serious/critical rule hit, per page (for the run's log). */
export function countByPage(findings: readonly AxeFinding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.page] = (counts[f.page] ?? 0) + f.count;
  return counts;
}
