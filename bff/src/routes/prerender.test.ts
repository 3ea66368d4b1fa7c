import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { testConfig } from '../test-support/test-config.js';
import type { Request } from 'express';
import { acceptedLanguages, prerenderer } from './prerender.js';
import {
  rendererBeside,
  startRenderer,
  type PageRenderer,
  type RenderJob,
  type RenderedPage,
} from './render-worker.js';

// A built web app with a renderer beside it (as web/dist + web/dist-server): the renderer here asks
// the BFF for the session, as the web's does, and draws what it got, so the test sees the request
// go through the real session check with the browser's cookie.
const web = fs.mkdtempSync(path.join(os.tmpdir(), 'web-prerender-'));
const dist = path.join(web, 'dist');
fs.mkdirSync(dist);
fs.mkdirSync(path.join(web, 'dist-server'));
fs.writeFileSync(
  path.join(dist, 'index.html'),
  '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>',
);
const RENDERER = `
export let warmedUp = 0;
export async function warmUp(n) { warmedUp = n; }
export async function renderPage({ url, fetch, language, timeZone }) {
  if (url.startsWith('/slow')) await new Promise((r) => setTimeout(r, 2000));
  if (url.startsWith('/fail')) throw new Error('drawing failed');
  if (url.startsWith('/none')) return undefined;
  if (url.startsWith('/abort')) {
    const stop = new AbortController();
    stop.abort();
    const outcome = await fetch('/api/session', { signal: stop.signal }).then(
      () => 'not aborted',
      (err) => 'aborted: ' + err.name,
    );
    return { html: '<p>' + outcome + '</p>', state: '{}' };
  }
  const res = await fetch('/api/session', { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error('no session: ' + res.status);
  const session = await res.json();
  return {
    html: '<p>drawn for ' + session.user + ' at ' + url + ' in ' + JSON.stringify(language) + ' ' + timeZone + '</p>',
    state: JSON.stringify({ note: '</script><script>alert(1)</script>\\u2028' }),
  };
}`;
fs.writeFileSync(rendererBeside(dist), RENDERER);
afterAll(() => fs.rmSync(web, { recursive: true, force: true }));

let app: ListeningApp | undefined;
let renderer: PageRenderer | undefined;
afterEach(async () => {
  await app?.stop();
  await renderer?.close();
  app = undefined;
  renderer = undefined;
});

/** The BFF with that web app and its renderer (main.ts loads it the same way). */
async function start(prerenderBudgetMs = 1000) {
  renderer = await startRenderer(rendererBeside(dist));
  app = await listeningApp({
    config: testConfig({ webDist: dist, prerenderBudgetMs }),
    ...(renderer ? { renderer } : {}),
  });
  return app;
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(app!.base + url, { headers });
  return { res, text: await res.text() };
}

describe('the first screen drawn in the BFF (prerender)', () => {
  it('draws a signed-in page with the browser’s session, inert, with its data not runnable', async () => {
    await start();
    const cookie = await app!.login('ann');
    const { res, text } = await get('/jobs?api=v2', {
      cookie,
      'accept-language': 'en-GB,zh;q=0.5',
    });
    expect(res.status).toBe(200);
    expect(text).toContain(
      '<div id="root"><div inert data-prerendered="true"><p>drawn for ann at /jobs?api=v2 in {"stored":null,"preferences":["en-GB","zh"]} null</p></div></div>',
    );
    // the data: after #root, in a data block whose text cannot end it
    const state = /<script type="application\/json" id="console-state">(.*?)<\/script>/s.exec(text);
    expect(state?.[1]).toBe(
      '{"note":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>\\u2028"}',
    );
    expect(JSON.parse(state![1]!)).toEqual({ note: '</script><script>alert(1)</script>\u2028' });
    expect(text.indexOf('console-state')).toBeGreaterThan(text.indexOf('data-prerendered'));
    expect(text.endsWith('</body></html>')).toBe(true);
    // the user's data: never kept by a cache, and it depends on the cookie
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('vary')).toMatch(/Cookie/);
    // the session cookie appears nowhere in the page
    expect(text).not.toContain(cookie.split('=')[1]);
  });

  it('reads the language the user picked and the browser’s time zone from their cookies', async () => {
    await start();
    const cookie = await app!.login('ann');
    const { text } = await get('/jobs', {
      cookie: `${cookie}; console-language=zh-CN; console-tz=Asia%2FShanghai`,
      'accept-language': 'en',
    });
    expect(text).toContain('{"stored":"zh-CN","preferences":["en"]} Asia/Shanghai</p>');
  });

  it('serves the plain page without a session, a live session, or when drawing fails or draws nothing', async () => {
    await start();
    const plain = async (headers: Record<string, string>, url = '/jobs') => {
      const { res, text } = await get(url, headers);
      expect(res.status).toBe(200);
      expect(text).toContain('<div id="root"></div>');
      expect(text).not.toContain('data-prerendered');
      expect(text).not.toContain('console-state');
    };
    await plain({});
    await plain({ cookie: 'mac_sid=not-a-session' });
    const cookie = await app!.login();
    await plain({ cookie }, '/fail');
    await plain({ cookie }, '/none');
    // what the browser asks for that is not a page it navigates to (an icon, a manifest)
    await plain({ cookie, 'sec-fetch-dest': 'image' }, '/favicon.ico');
    await plain({ cookie, 'sec-fetch-dest': 'manifest' }, '/jobs');
    const { text } = await get('/jobs', { cookie, 'sec-fetch-dest': 'document' });
    expect(text).toContain('data-prerendered');
  });

  it('gives the page’s requests its own signal beside the budget’s (a log stream it stops reading)', async () => {
    await start();
    const cookie = await app!.login();
    const { text } = await get('/abort', { cookie });
    expect(text).toContain('<p>aborted: AbortError</p>');
  });

  it('waits no longer than its budget', async () => {
    await start(150);
    const cookie = await app!.login();
    const started = Date.now();
    const { text } = await get('/slow', { cookie });
    expect(text).toContain('<div id="root"></div>');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('counts each signed-in page load by its outcome in the metrics', async () => {
    await start(150);
    const cookie = await app!.login();
    await get('/jobs', { cookie });
    await get('/jobs', { cookie });
    await get('/none', { cookie });
    await get('/fail', { cookie });
    await get('/slow', { cookie });
    await get('/jobs', {}); // signed out: no first screen to draw, not counted
    const { body } = await app!.c.metrics.render();
    const count = (outcome: string) =>
      new RegExp(`^console_first_screen_seconds_count\\{outcome="${outcome}"\\} (\\d+)$`, 'm').exec(
        body,
      )?.[1];
    // a renderer that throws inside its thread answers "nothing drawn" (render-worker.ts)
    expect([count('drawn'), count('not_drawn'), count('failed'), count('late')]).toEqual([
      '2',
      '2',
      '0',
      '1',
    ]);
    // the late one waited its budget (150 ms)
    expect(body).toMatch(/^console_first_screen_seconds_bucket\{le="0.1",outcome="late"\} 0$/m);
  });

  it('is off with a budget of 0', async () => {
    await start(0);
    const cookie = await app!.login();
    const { res, text } = await get('/jobs', { cookie });
    expect(text).not.toContain('data-prerendered');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });
});

describe('startRenderer (its worker thread)', () => {
  it('finds nothing where there is no renderer, and refuses a module that is none', async () => {
    expect(await startRenderer(path.join(web, 'missing.js'))).toBeUndefined();
    const other = path.join(web, 'dist-server', 'other.mjs');
    fs.writeFileSync(other, 'export const renderPage = 42;');
    await expect(startRenderer(other)).rejects.toThrow(/no renderPage/);
  });

  it('warms the renderer up before it is ready', async () => {
    const file = path.join(web, 'dist-server', 'warm.mjs');
    fs.writeFileSync(
      file,
      `let warmed = 0;
      export async function warmUp(n) { warmed = n; }
      export async function renderPage() { return { html: 'warmed ' + warmed, state: '{}' }; }`,
    );
    renderer = await startRenderer(file);
    const job = {
      url: '/jobs',
      origin: 'http://127.0.0.1:9',
      headers: {},
      language: { stored: null, preferences: [] },
      timeZone: null,
      budgetMs: 1000,
      deadline: Date.now() + 1000,
    };
    expect(await renderer!.render(job)).toEqual({ html: 'warmed 8', state: '{}' });
  });

  it('a renderer that dies leaves the page to the browser; the BFF goes on', async () => {
    const file = path.join(web, 'dist-server', 'dies.mjs');
    fs.writeFileSync(
      file,
      `export async function renderPage({ url }) {
        if (url === '/exit') process.exit(3);
        if (url === '/oom') { const a = []; for (;;) a.push(new Array(1e6).fill(url)); }
        return { html: 'alive', state: '{}' };
      }`,
    );
    renderer = await startRenderer(file);
    const job = (url: string) => ({
      url,
      origin: 'http://127.0.0.1:9',
      headers: {},
      language: { stored: null, preferences: [] },
      timeZone: null,
      budgetMs: 1000,
      deadline: Date.now() + 1000,
    });
    expect(await renderer!.render(job('/jobs'))).toEqual({ html: 'alive', state: '{}' });
    expect(await renderer!.render(job('/oom'))).toBeUndefined();
    // the thread is gone: the next pages are the browser's until it is started again
    expect(await renderer!.render(job('/jobs'))).toBeUndefined();
    await renderer!.close();
    // …which the next page does once the pause is over (here: none)
    renderer = await startRenderer(file, { restartAfterMs: 0 });
    expect(await renderer!.render(job('/exit'))).toBeUndefined();
    expect(await renderer!.render(job('/jobs'))).toEqual({ html: 'alive', state: '{}' });
    // closed: nothing more is drawn
    await renderer!.close();
    expect(await renderer!.render(job('/jobs'))).toBeUndefined();
  }, 60_000);

  it('is found beside the web build', () => {
    expect(rendererBeside('/srv/web/dist')).toBe('/srv/web/dist-server/render-page.js');
  });
});

describe('prerenderer', () => {
  const req = (headers: Record<string, string>) =>
    ({
      headers,
      originalUrl: '/jobs?api=v1',
      secure: false,
      socket: { localAddress: '::1', localPort: 8080 },
    }) as unknown as Request;
  const recording = () => {
    const jobs: RenderJob[] = [];
    const renderer: PageRenderer = {
      render: async (job) => {
        jobs.push(job);
        return { html: 'x', state: '{}' };
      },
      close: async () => undefined,
    };
    return { jobs, renderer };
  };

  it('asks nothing of the renderer for a browser without a session cookie', async () => {
    const { jobs, renderer } = recording();
    expect(await prerenderer(renderer, 100)(req({ 'accept-language': 'en' }))).toBeUndefined();
    expect(await prerenderer(renderer, 100)(req({ cookie: 'other=1' }))).toBeUndefined();
    expect(jobs).toEqual([]);
  });

  it('hands the renderer the browser’s session, language and zone, and this server’s address', async () => {
    const { jobs, renderer } = recording();
    const before = Date.now();
    const page = await prerenderer(
      renderer,
      100,
    )(
      req({
        cookie: 'mac_sid=abc; console-language=en; console-tz=Europe%2FBerlin',
        'accept-language': 'de;q=0.5, en',
      }),
    );
    expect(page).toEqual({ html: 'x', state: '{}' });
    expect(jobs).toEqual([
      {
        url: '/jobs?api=v1',
        origin: 'http://[::1]:8080',
        headers: { cookie: 'mac_sid=abc', 'accept-language': 'de;q=0.5, en' },
        language: { stored: 'en', preferences: ['en', 'de'] },
        timeZone: 'Europe/Berlin',
        budgetMs: 100,
        deadline: expect.any(Number) as number,
      },
    ]);
    // when the BFF stops waiting: the budget after the page was asked for
    expect(jobs[0]!.deadline).toBeGreaterThanOrEqual(before + 100);
    expect(jobs[0]!.deadline).toBeLessThanOrEqual(Date.now() + 100);
    await prerenderer(renderer, 100)(req({ cookie: 'mac_sid=abc' }));
    expect(jobs[1]).toMatchObject({
      headers: { cookie: 'mac_sid=abc' },
      language: { stored: null, preferences: [] },
      timeZone: null,
    });
    expect(Object.keys(jobs[1]!.headers)).toEqual(['cookie']);
  });

  it('gives a renderer that fails the plain page', async () => {
    const renderer: PageRenderer = {
      render: () => Promise.reject(new Error('boom')),
      close: async () => undefined,
    };
    const seen: [string, number][] = [];
    const observe = (o: string, s: number) => seen.push([o, s]);
    expect(
      await prerenderer(renderer, 100, observe)(req({ cookie: 'mac_sid=abc' })),
    ).toBeUndefined();
    expect(seen).toEqual([['failed', expect.any(Number)]]);
  });

  it('tells how each signed-in page load ended, and after how long', async () => {
    const seen: [string, number][] = [];
    const observe = (o: string, s: number) => seen.push([o, s]);
    const answering = (page: RenderedPage | undefined, afterMs = 0): PageRenderer => ({
      render: () => new Promise((r) => setTimeout(() => r(page), afterMs)),
      close: async () => undefined,
    });
    const signedIn = req({ cookie: 'mac_sid=abc' });
    await prerenderer(answering({ html: 'x', state: '{}' }), 100, observe)(signedIn);
    await prerenderer(answering(undefined), 100, observe)(signedIn);
    await prerenderer(answering(undefined, 500), 60, observe)(signedIn);
    await prerenderer(answering({ html: 'x', state: '{}' }), 100, observe)(req({}));
    expect(seen.map(([o]) => o)).toEqual(['drawn', 'not_drawn', 'late']);
    expect(seen[0]![1]).toBeGreaterThanOrEqual(0);
    // seconds, not milliseconds: the late one waited its budget of 60 ms
    expect(seen[2]![1]).toBeGreaterThanOrEqual(0.055);
    expect(seen[2]![1]).toBeLessThan(5);
  });
});

describe('acceptedLanguages', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['en-US', ['en-US']],
    ['fr;q=0.5, zh-CN, en;q=0.8', ['zh-CN', 'en', 'fr']],
    ['de;q=0, en', ['en']],
    ['a;q=0.5,b;q=0.5', ['a', 'b']],
    [' , ;q=1, en ', ['en']],
    ['en;q=abc', ['en']],
    [' en-GB ;q=0.5 , fr;  q=0.8', ['fr', 'en-GB']],
    ['a;q=0.5x, b;q=0.8', ['a', 'b']],
    ['x, y, z, w', ['x', 'y', 'z', 'w']],
    // a parameter that only ends in q=… is not the weight; the weight need not come first
    ['a;xq=0.5, b;q=0.8', ['a', 'b']],
    ['en;level=1;q=0.4, fr;q=0.6', ['fr', 'en']],
    // equal weights keep the header's order, however many
    ['c;q=0.5, b;q=0.5, a;q=0.5, d', ['d', 'c', 'b', 'a']],
  ])('%j → %j', (header, expected) => {
    expect(acceptedLanguages(header)).toEqual(expected);
  });
});

vi.setConfig({ testTimeout: 20_000 });
