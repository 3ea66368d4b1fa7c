import type { BrowserContext } from '@playwright/test';

export interface MillionRun {
  /** performance.now() when the first log line was in the DOM (ms since the navigation started). */
  firstLinesMs: number;
  /** Whether those lines came drawn by the BFF (the page's drawing), not by the console's code. */
  drawn: boolean;
  /** When the page's HTML had arrived (navigation timing's responseEnd), same clock. */
  pageMs: number;
  /** When the whole log had streamed in (the stream said "Ended"), same clock. */
  allLinesMs: number;
  /** The JS heap in use after scrolling the log top to bottom and a garbage collection (MB). */
  heapMb: number;
  /** Typing a query for a line near the start → the lines in memory and the older ones answered. */
  searchMs: number;
  /** …of which the search over the lines in memory. */
  memorySearchMs: number;
  /** What the search said at the end (e.g. "1 older line matches"). */
  searchResult: string;
  /** Lines the browser holds (the panel's count), and the most line rows in the DOM at once. */
  linesHeld: number;
  domRows: number;
}

declare global {
  interface Window {
    __firstLine?: number;
    __drawn?: boolean;
  }
}

/** Opens `jobPage` in a new tab of `context` and measures its log (see log-million.ts). */
export async function openMillionLog(
  context: BrowserContext,
  jobPage: string,
  lines: number,
): Promise<MillionRun> {
  const page = await context.newPage();
  try {
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    await page.addInitScript(`
      new MutationObserver(function (_, observer) {
        if (window.__firstLine !== undefined || !document.querySelector('[data-log-line]')) return;
        window.__firstLine = performance.now();
        window.__drawn = document.querySelector('[data-prerendered] [data-log-line]') !== null;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    `);
    await page.goto(jobPage, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__firstLine !== undefined, null, { timeout: 60_000 });
    const first = await page.evaluate(() => ({
      at: window.__firstLine ?? 0,
      drawn: window.__drawn === true,
      page: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
        .responseEnd,
    }));
    const firstLinesMs = Math.round(first.at);
    const pageMs = Math.round(first.page);
    console.log(
      `first lines after ${firstLinesMs} ms (${first.drawn ? 'drawn by the BFF' : 'by the console'}; page ${pageMs} ms)`,
    );
    const region = page.getByRole('region', { name: 'Logs' });
    await region.getByText('Ended', { exact: true }).waitFor({ timeout: 900_000 });
    const allLinesMs = Math.round(await page.evaluate(() => performance.now()));
    console.log(`whole log streamed in after ${allLinesMs} ms`);

    // ten screens a frame: every part of the log is rendered on the way down (a string: see above)
    const domRows = (await page.evaluate(`(async function () {
      var el = document.querySelector('[data-testid="log-scroll"]');
      function frame() { return new Promise(function (r) { requestAnimationFrame(function () { r(); }); }); }
      el.scrollTop = 0;
      await frame();
      var most = el.querySelectorAll('[data-log-line]').length;
      while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
        el.scrollTop += el.clientHeight * 10;
        await frame();
        most = Math.max(most, el.querySelectorAll('[data-log-line]').length);
      }
      return most;
    })()`)) as number;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    const counter = await region.getByText(/^[\d,]+ lines/).textContent();
    // "50,000 lines (oldest 950,001 dropped)": the first number
    const linesHeld = Number((/^[\d,]+/.exec(counter ?? '')?.[0] ?? '0').replace(/,/g, ''));

    // a line near the start: with more lines than the browser keeps, only the server has it
    const query = `row ${Math.min(17, lines)} of the million`;
    const start = Date.now();
    await region.getByLabel('Search the log').fill(query);
    await region.getByText(/^(No matches|\d+ of [\d,]+)$/).waitFor();
    const memorySearchMs = Date.now() - start;
    const older = region.getByRole('button', { name: /^Search the [\d,]+ older lines/ });
    let searchResult = (await region.getByText(/^(No matches|\d+ of [\d,]+)$/).textContent()) ?? '';
    if ((await older.count()) > 0) {
      await older.click();
      // done (found or not, or the server's bounds reached), or failed
      const done = region
        .getByRole('status')
        .filter({ hasText: /older (line matches|lines match)/ })
        .or(region.getByRole('alert'));
      await done.waitFor({ timeout: 120_000 });
      searchResult = (await done.textContent()) ?? '';
    }
    const searchMs = Date.now() - start;
    return {
      firstLinesMs,
      drawn: first.drawn,
      pageMs,
      allLinesMs,
      heapMb: Math.round((usedSize / 2 ** 20) * 10) / 10,
      searchMs,
      memorySearchMs,
      searchResult,
      linesHeld,
      domRows,
    };
  } finally {
    await page.close();
  }
}
