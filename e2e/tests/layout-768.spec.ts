import { expect, test, type Locator, type Page } from '@playwright/test';
import { logIn } from './support/console.js';
import { deleteJobs, makeV1Job, makeV2Job } from './support/a11y-jobs.js';

test.use({ viewport: { width: 768, height: 1024 } });

/** Elements whose content is wider than their box (cut off or hidden by an ellipsis). */
async function clipped(area: Locator, selector: string): Promise<string[]> {
  return area
    .locator(selector)
    .evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0 && el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent ?? ''),
    );
}

/** The page does not scroll sideways: everything fits in the 768 px. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('at 768 px the navigation folds behind the burger and the job list and pages fit', async ({
  page,
}, testInfo) => {
  await logIn(page);
  const prefix = `narrow${Date.now() % 100000}`;
  const jobs = [
    await makeV1Job(page, `${prefix}_v1_with_a_rather_long_name`),
    await makeV2Job(page, `${prefix}_v2`),
  ];

  // the navigation: hidden until the burger opens it, closed again by picking a page
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  const burger = page.getByRole('button', { name: 'Toggle navigation' });
  await expect(nav).not.toBeInViewport();
  // folded away, its links are out of the keyboard's way
  await expect(nav).toHaveAttribute('inert', '');
  await burger.click();
  await expect(nav).toBeInViewport();
  await expect(nav).not.toHaveAttribute('inert');
  await nav.getByRole('link', { name: 'Training jobs' }).click();
  await expect(nav).not.toBeInViewport();

  await page.goto(`/jobs?q=${prefix}`);
  await expect(page.getByTestId('job-count')).toHaveText('2 jobs');
  const table = page.getByRole('table', { name: 'Training jobs' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('768-job-list.png'), fullPage: true });
  expect(await clipped(table, '.mantine-Badge-label')).toEqual([]);
  expect(await clipped(table, 'th')).toEqual([]);
  await expectNoSidewaysScroll(page);

  for (const job of jobs) {
    await page.goto(job.href);
    await expect(page.getByTestId('job-status')).toHaveText(/Running|Completed/, {
      timeout: 60_000,
    });
    await page.screenshot({
      path: testInfo.outputPath(`768-${job.api}-job.png`),
      fullPage: true,
    });
    expect(await clipped(page.locator('main'), '.mantine-Badge-label')).toEqual([]);
    await expectNoSidewaysScroll(page);
  }

  await deleteJobs(page, jobs);
});
