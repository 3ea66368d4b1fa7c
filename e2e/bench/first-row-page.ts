import type { BrowserContext } from '@playwright/test';

export interface FirstRowRun {
  /**
   * performance.now() when the first job row was in the DOM (ms since the navigation started): the
   * server's drawing (inert) when the BFF drew the page, else the console's.
   */
  firstRowMs: number;
  /** When the console's own rows (live, clickable) were in the DOM, same clock. */
  interactiveMs: number;
  /** When the last job-list answer (/api/v1… /api/v2… list calls) had arrived, same clock. */
  listsAnsweredMs: number;
  /** When the last script file had arrived, and when the document's DOMContentLoaded ended. */
  scriptsMs: number;
  domContentLoadedMs: number;
  /** The job rows on screen when the first one appeared. */
  rows: number;
}

const ROW = 'table[aria-label="Training jobs"] tbody tr[data-api]';

declare global {
  interface Window {
    __firstRow?: { at: number; rows: number };
    __liveRow?: number;
  }
}

/** Opens the job list in a new tab of `context` and reads when its first row appeared. */
export async function runFirstRow(context: BrowserContext, base: string): Promise<FirstRowRun> {
  const page = await context.newPage();
  try {
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    await page.addInitScript(`
      new MutationObserver(function (_, observer) {
        var rows = document.querySelectorAll(${JSON.stringify(ROW)}).length;
        if (rows === 0) return;
        if (!window.__firstRow) window.__firstRow = { at: performance.now(), rows: rows };
        if (document.querySelector('[data-prerendered]')) return;
        window.__liveRow = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    `);
    await page.goto(`${base}/jobs`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__liveRow !== undefined, null, { timeout: 60_000 });
    return await page.evaluate(() => {
      const lists = performance
        .getEntriesByType('resource')
        .filter((e) => /\/api\/v[12]\/.*(jobs|training-jobs)/.test(e.name))
        .map((e) => (e as PerformanceResourceTiming).responseEnd);
      const scripts = performance
        .getEntriesByType('resource')
        .filter((e) => /\/assets\/.*\.js$/.test(e.name))
        .map((e) => (e as PerformanceResourceTiming).responseEnd);
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const first = window.__firstRow!;
      return {
        firstRowMs: Math.round(first.at),
        interactiveMs: Math.round(window.__liveRow!),
        listsAnsweredMs: Math.round(Math.max(0, ...lists)),
        scriptsMs: Math.round(Math.max(0, ...scripts)),
        domContentLoadedMs: Math.round(nav.domContentLoadedEventEnd),
        rows: first.rows,
      };
    });
  } finally {
    await page.close();
  }
}
