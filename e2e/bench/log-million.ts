/**
 * Benchmark (issue 11): a 1,000,000-line log in Chromium. A job (BENCH_API: v2 by default, or v1)
 * prints BENCH_LOG_LINES numbered lines (1,000,000) and ends; the built console
 * (`scripts/start.mjs`: `pnpm build` first) is started on its own data folder; a signed-in browser
 * opens the job page and measures:
 * - time to first lines: `performance.now()` (ms since the navigation started) when the first log
 *   line is in the DOM (target < 1 s), and when the whole log has streamed in ("Ended");
 * - the browser's JS heap after scrolling the log from top to bottom, after a garbage collection
 *   (CDP `HeapProfiler.collectGarbage` + `Runtime.getHeapUsage`; target < 200 MB);
 * - a search over the whole log: a line near the start (long dropped from the browser's buffer),
 *   from typing it until the lines in memory and the server-side search of the older ones have
 *   both answered (target < 2 s).
 *
 *   pnpm --filter @console/e2e bench:log   (reports/bench-log-million.json, then -v1.json)
 *
 * Settings: BENCH_RUNS (3: page openings, each in a fresh tab), BENCH_LOG_LINES, BENCH_API,
 * BENCH_PORT (19396; +1 emulator, +2 its OBS port). The CI smoke: tests/log-million-smoke.spec.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { startConsole, type ConsoleProcess } from './console-process.js';
import { millionLineJob, type BenchApi } from './log-million-job.js';
import { openMillionLog, type MillionRun } from './log-million-page.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LINES = Number(process.env.BENCH_LOG_LINES ?? 1_000_000);
/** The anchor: the same page with a log this long (what the machine's load costs). */
const ANCHOR_LINES = 20;
const API: BenchApi = process.env.BENCH_API === 'v1' ? 'v1' : 'v2';
const PORT = Number(process.env.BENCH_PORT ?? 19396);
const TARGETS = { first_lines_ms: 1000, heap_mb: 200, search_ms: 2000 };
const root = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] ?? null, median: s[Math.floor(s.length / 2)] ?? null, max: s.at(-1) ?? null };
};
const load = () => Math.round(os.loadavg()[0]! * 100) / 100;

async function signedIn(browser: Browser, base: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: base,
    viewport: { width: 1280, height: 900 },
  });
  const res = await context.request.post('/api/session', {
    headers: { 'x-requested-with': 'modelarts-console' },
    data: { domain: 'demo', username: 'demo', password: 'demo', project: 'eu-de' },
  });
  if (res.status() !== 200) throw new Error(`sign-in answered ${res.status()}`);
  return context;
}

async function main() {
  const load0 = load();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-log-'));
  let stack: ConsoleProcess | undefined;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    stack = await startConsole({ port: PORT, dataDir: dir });
    const context = await signedIn(browser, stack.url);
    const jobPage = await millionLineJob(context, LINES, API);
    console.log(`job printed ${LINES.toLocaleString('en')} lines: ${jobPage}`);
    // the anchor, in the same run and taking turns with it: the same page with a 20-line log
    const anchorPage = await millionLineJob(context, ANCHOR_LINES, API);
    // the app's files in the browser's cache first (as for a user who has the console open)
    const warm = await context.newPage();
    await warm.goto('/jobs');
    await warm.getByRole('heading', { name: 'Training jobs' }).waitFor();
    await warm.close();
    const runs: MillionRun[] = [];
    const anchor: MillionRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await openMillionLog(context, jobPage, LINES));
      anchor.push(await openMillionLog(context, anchorPage, ANCHOR_LINES));
      console.log(
        `run ${i + 1}: ${JSON.stringify(runs.at(-1))}; anchor ${JSON.stringify(anchor.at(-1))}`,
      );
    }
    // how the BFF's drawings of those page loads ended (bff/src/metrics: drawn, not_drawn, late…)
    const metrics = await (await context.request.get('/metrics')).text();
    const firstScreens = Object.fromEntries(
      [...metrics.matchAll(/^console_first_screen_seconds_count\{outcome="(\w+)"\} (\d+)/gm)].map(
        (m) => [m[1], Number(m[2])],
      ),
    );
    const pick = (k: Exclude<keyof MillionRun, 'searchResult' | 'drawn'>) =>
      spread(runs.map((r) => r[k]));
    const report = {
      measured_at: new Date().toISOString(),
      api: API,
      what: `a ${LINES.toLocaleString('en')}-line ${API} log in Chromium: first lines, whole log streamed, JS heap after scrolling top to bottom (after GC), search over the whole log`,
      lines: LINES,
      targets: TARGETS,
      runs: RUNS,
      load_avg: [load0, load()],
      cpus: os.cpus().length,
      results: {
        first_lines_ms: pick('firstLinesMs'),
        // the page's HTML in (its drawing by the BFF included), and how many runs it drew the lines
        page_ms: pick('pageMs'),
        drawn_runs: runs.filter((r) => r.drawn).length,
        bff_first_screens: firstScreens,
        all_lines_ms: pick('allLinesMs'),
        heap_mb: pick('heapMb'),
        search_ms: pick('searchMs'),
        memory_search_ms: pick('memorySearchMs'),
        lines_held: pick('linesHeld'),
        dom_rows: pick('domRows'),
        search_results: runs.map((r) => r.searchResult),
        anchor_first_lines_ms: spread(anchor.map((r) => r.firstLinesMs)),
        anchor_heap_mb: spread(anchor.map((r) => r.heapMb)),
      },
      all_runs: runs,
      anchor_runs: anchor,
    };
    mkdirSync(`${root}reports`, { recursive: true });
    writeFileSync(
      `${root}reports/bench-log-million${API === 'v1' ? '-v1' : ''}.json`,
      JSON.stringify(report, null, 2) + '\n',
    );
    console.log(
      JSON.stringify({ ...report, all_runs: undefined, anchor_runs: undefined }, null, 2),
    );
  } finally {
    await browser.close();
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
