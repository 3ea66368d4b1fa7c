import { parse } from 'cookie';
import type { Request } from 'express';
import { SESSION_COOKIE } from '@console/shared';
import { readSessionId } from '../middleware/session.js';
import type { PageRenderer, RenderedPage } from './render-worker.js';

/*
 * The first screen drawn here (issue 14): for a signed-in browser's page load, the web's server
 * renderer (web/src/ssr/render-page.tsx, built into web/dist-server/, run in a worker thread:
 * render-worker.ts) draws the page with the same components and data as the browser would, and
 * static-web.ts writes it into index.html. Its API requests go to this BFF itself, as the
 * browser's (its session cookie, over the connection's own local address): every check of the API
 * (session, roles, allow-lists) applies unchanged.
 */

export type { RenderedPage } from './render-worker.js';

/** The cookie the web writes when the user picks a language (web/src/lib/i18n/language.ts). */
const LANGUAGE_COOKIE = 'console-language';
/** The cookie with the browser's time zone (web/src/app/prerendered.ts). */
const TIME_ZONE_COOKIE = 'console-tz';

/** Accept-Language's tags, most preferred first (`q=0` ones left out). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((l) => l.tag !== '' && l.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((l) => l.tag);
}

/** Draws the page `req` asks for, or undefined (not drawn here: signed out, a failure, too slow). */
export type Prerender = (req: Request) => Promise<RenderedPage | undefined>;

/**
 * How a signed-in page load ended: drawn here; left to the browser by the renderer (another
 * page, another language, a list that failed in part) or because it failed; or later than the
 * budget.
 */
export type FirstScreenOutcome = 'drawn' | 'not_drawn' | 'failed' | 'late';
/** Told of every signed-in page load, with the seconds until its outcome (metrics.ts). */
export type FirstScreenSink = (outcome: FirstScreenOutcome, seconds: number) => void;

/** This server, as the browser of `req` reached it (its local address and port). */
function selfOrigin(req: Request): string {
  const { localAddress, localPort } = req.socket;
  const host = localAddress?.includes(':') ? `[${localAddress}]` : (localAddress ?? '127.0.0.1');
  return `http://${host}:${localPort}`;
}

/**
 * A prerenderer over `renderer` (render-worker.ts), which waits at most `budgetMs` per page and
 * tells `observe` how each signed-in page load ended.
 */
export function prerenderer(
  renderer: PageRenderer,
  budgetMs: number,
  observe: FirstScreenSink = () => {},
): Prerender {
  return async (req) => {
    const sessionId = readSessionId(req);
    // a page the browser navigates to, not an icon, a manifest or a crawler's file it asks for
    const dest = req.headers['sec-fetch-dest'];
    if (!sessionId || (dest !== undefined && dest !== 'document')) return undefined;
    const started = performance.now();
    const outcome = (o: FirstScreenOutcome) => observe(o, (performance.now() - started) / 1000);
    const language = req.headers['accept-language'];
    const cookies = parse(req.headers.cookie ?? '');
    const page = renderer.render({
      url: req.originalUrl,
      origin: selfOrigin(req),
      // over plain http to this server the cookie has its plain name (session.ts: sessionCookieName)
      headers: {
        cookie: `${SESSION_COOKIE}=${sessionId}`,
        ...(language ? { 'accept-language': language } : {}),
      },
      language: {
        stored: cookies[LANGUAGE_COOKIE] ?? null,
        preferences: acceptedLanguages(language),
      },
      timeZone: cookies[TIME_ZONE_COOKIE] ?? null,
      budgetMs,
      deadline: Date.now() + budgetMs,
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), budgetMs);
    });
    try {
      const drawn = await Promise.race([page, late]);
      if (drawn === 'late') {
        outcome('late');
        return undefined;
      }
      outcome(drawn ? 'drawn' : 'not_drawn');
      return drawn;
    } catch {
      outcome('failed');
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };
}
