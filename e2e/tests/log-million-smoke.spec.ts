import { expect, test } from '@playwright/test';
import { millionLineJob } from '../bench/log-million-job.js';
import { openMillionLog } from '../bench/log-million-page.js';
import { logIn } from './support/console.js';

/**
 * The CI smoke of `pnpm bench`'s 1,000,000-line log (e2e/bench/log-million.ts): the same
 * measurements on 60,000 lines, more than the browser keeps, so the search of the whole log goes
 * to the server for the first lines too. Targets as the benchmark's; times are generous (a
 * shared machine): this proves the measurements work and nothing grows without bound.
 */
test('a 52,000-line log: first lines, heap after scrolling, search of the whole log', async ({
  page,
  context,
}) => {
  await logIn(page);
  const jobPage = await millionLineJob(context, 52_000, 'v2');
  const run = await openMillionLog(context, jobPage, 52_000);
  test.info().annotations.push({ type: 'figures', description: JSON.stringify(run) });
  expect(run.firstLinesMs).toBeGreaterThan(0);
  // a new viewer gets the log's last 256 KiB; older lines are read by number as they scroll in
  expect(run.linesHeld).toBeGreaterThan(5_000);
  expect(run.linesHeld).toBeLessThan(52_000);
  expect(run.domRows).toBeLessThan(200);
  expect(run.heapMb).toBeLessThan(200);
  expect(run.searchMs).toBeLessThan(10_000);
});
