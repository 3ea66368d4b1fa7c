import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/*
 * The web's first-screen renderer (web/dist-server/render-page.js) runs in a worker thread of its
 * own: its drawing (~30 ms of synchronous React per page) never holds up the BFF's event loop (the
 * proxy, the log streams), its memory is its own and bounded (`resourceLimits`), and a renderer
 * that throws, loops or runs out of memory ends its thread, not the BFF — pages are then drawn by
 * the browser, and the next page after a pause starts a new thread.
 */

export interface RenderedPage {
  html: string;
  /** The data cache the page was drawn from (JSON), for the browser's React Query. */
  state: string;
}

/** One page to draw, as the browser asked for it (everything the worker needs is data). */
export interface RenderJob {
  url: string;
  /** This server's origin as the browser reached it; the page's API requests go there. */
  origin: string;
  /** Headers the page's API requests carry as the browser's would (its session cookie). */
  headers: Record<string, string>;
  language: { stored: string | null; preferences: string[] };
  timeZone: string | null;
  /** The page's API requests are aborted after this long (the page is then not drawn here). */
  budgetMs: number;
  /** When the BFF stops waiting for the drawing (ms since the epoch): what it waits for must fit. */
  deadline: number;
}

export interface PageRenderer {
  render(job: RenderJob): Promise<RenderedPage | undefined>;
  close(): Promise<void>;
}

/** Where the web build writes the renderer: web/dist-server/ beside web/dist/. */
export const rendererBeside = (webDist: string): string =>
  resolve(webDist, '../dist-server/render-page.js');

/** Drawings of a made-up page before the first real one (the renderer's code gets optimised). */
const WARM_UP_DRAWINGS = 8;
/** After a worker ended, pages are drawn by the browser this long before a new one starts. */
const RESTART_AFTER_MS = 30_000;

export interface RendererOptions {
  /** How long after a thread ended the next page starts a new one (default 30 s). */
  restartAfterMs?: number;
}

// The worker's code: plain JavaScript (eval), so it runs the same from sources and from dist/.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
(async () => {
  const mod = await import(pathToFileURL(workerData.file).href);
  if (typeof mod.renderPage !== 'function') throw new Error('no renderPage in ' + workerData.file);
  if (typeof mod.warmUp === 'function') await mod.warmUp(workerData.warmUps);
  parentPort.on('message', async (job) => {
    const fetchAsBrowser = (url, init) =>
      fetch(new URL(url, job.origin), {
        ...init,
        headers: { ...init.headers, ...job.headers },
        // the page's own signal (a log stream it stops reading) and the budget, whichever first
        signal: init.signal
          ? AbortSignal.any([init.signal, AbortSignal.timeout(job.budgetMs)])
          : AbortSignal.timeout(job.budgetMs),
        redirect: 'error',
      });
    let page;
    try {
      page = await mod.renderPage({ url: job.url, fetch: fetchAsBrowser, language: job.language, timeZone: job.timeZone, deadline: job.deadline });
    } catch {
      page = undefined;
    }
    parentPort.postMessage({ id: job.id, page: page ? { html: String(page.html), state: String(page.state) } : null });
  });
  parentPort.postMessage({ ready: true });
})().catch((err) => {
  parentPort.postMessage({ failed: String(err && err.message ? err.message : err) });
});
`;

interface Thread {
  worker: Worker;
  waiting: Map<number, (page: RenderedPage | undefined) => void>;
}

function spawn(file: string, onGone: () => void): Promise<Thread> {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { file, warmUps: WARM_UP_DRAWINGS },
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
  });
  worker.unref();
  const thread: Thread = { worker, waiting: new Map() };
  const endAll = () => {
    for (const resolve of thread.waiting.values()) resolve(undefined);
    thread.waiting.clear();
  };
  return new Promise((resolve, reject) => {
    worker.on(
      'message',
      (m: { ready?: true; failed?: string; id?: number; page?: RenderedPage | null }) => {
        if (m.ready) resolve(thread);
        else if (m.failed !== undefined) {
          reject(new Error(m.failed));
          void worker.terminate();
        } else if (m.id !== undefined) {
          thread.waiting.get(m.id)?.(m.page ?? undefined);
          thread.waiting.delete(m.id);
        }
      },
    );
    worker.on('error', (err) => {
      reject(err);
      endAll();
    });
    worker.on('exit', () => {
      reject(new Error('the renderer ended'));
      endAll();
      onGone();
    });
  });
}

/**
 * The renderer at `file` in its worker thread, started and warmed up; undefined when there is no
 * such file. Rejects when the file is no renderer.
 */
export async function startRenderer(
  file: string,
  { restartAfterMs = RESTART_AFTER_MS }: RendererOptions = {},
): Promise<PageRenderer | undefined> {
  if (!existsSync(file)) return undefined;
  let ids = 0;
  let goneAt = 0;
  let closed = false;
  let current: Promise<Thread> | undefined;
  const start = () => {
    const thread = spawn(file, () => {
      if (current === thread) current = undefined;
      goneAt = Date.now();
    });
    thread.catch(() => undefined);
    current = thread;
    return thread;
  };
  await start();
  return {
    async render(job) {
      if (closed) return undefined;
      if (!current && Date.now() - goneAt >= restartAfterMs) start();
      const thread = await current?.catch(() => undefined);
      if (!thread) return undefined;
      const id = ++ids;
      return new Promise((resolve) => {
        thread.waiting.set(id, resolve);
        thread.worker.postMessage({ ...job, id });
      });
    },
    async close() {
      closed = true;
      const thread = await current?.catch(() => undefined);
      await thread?.worker.terminate();
    },
  };
}
