import { IncomingMessage } from 'node:http';
import type { AllowedRoute } from '../services/allow-list.js';

/** A proxy mount (`/api/v1`) whose paths are labelled by the allow-list entry they match. */
export interface ProxyMount {
  mount: string;
  allowList: readonly AllowedRoute[];
}

/**
 * `^training-jobs/\d{1,19}/versions/?$` → `training-jobs/:id/versions`: literal segments stay,
 * every pattern segment becomes `:id`, so a label names the call and never carries an id.
 */
export function allowListTemplate(route: AllowedRoute): string {
  const source = route.path.source
    .replace(/\\\//g, '/') // RegExp#source escapes "/"
    .replace(/^\^/, '')
    .replace(/\$$/, '')
    .replace(/\/\?$/, '');
  return source
    .split('/')
    .map((segment) => (/^[A-Za-z0-9_-]+$/.test(segment) ? segment : ':id'))
    .join('/');
}

function joinPath(base: string, path: string): string {
  const joined = `${base}${path === '/' ? '' : path}`;
  return joined === '' ? '/' : joined;
}

const kRoute = Symbol('routeLabel.route');
const kTemplate = Symbol('routeLabel.template');

interface RoutedRequest extends IncomingMessage {
  baseUrl?: string;
  [kRoute]?: unknown;
  [kTemplate]?: string;
}

/**
 * Remembers the template of the Express route that handles a request: the router assigns
 * `req.route` when a route matches, and at that moment `req.baseUrl` is the full mount path. Read
 * after the response, `req.baseUrl` may already be reset (an error handler answered), so it is
 * captured then. One accessor on the prototype for every request: an accessor defined on each
 * request (two closures) gave each request an object layout of its own, which a long-lived request
 * (an event stream) holds for its whole life. Read it with routeTemplateOf.
 */
export function captureRouteTemplates(): void {
  if (Object.getOwnPropertyDescriptor(IncomingMessage.prototype, 'route')) return;
  Object.defineProperty(IncomingMessage.prototype, 'route', {
    configurable: true,
    enumerable: false,
    get(this: RoutedRequest): unknown {
      return this[kRoute];
    },
    set(this: RoutedRequest, value: unknown) {
      this[kRoute] = value;
      const path = (value as { path?: unknown } | undefined)?.path;
      if (typeof path === 'string') this[kTemplate] = joinPath(this.baseUrl ?? '', path);
    },
  });
}

/** The template of the Express route that handled `req` (captureRouteTemplates), if one did. */
export function routeTemplateOf(req: IncomingMessage): string | undefined {
  return (req as RoutedRequest)[kTemplate];
}

export interface RouteLabeler {
  /**
   * The label of a request. `matched`: the allow-list entry the proxy already matched the request
   * to (its `res.locals.route`), which spares a second scan of the allow-list.
   */
  (method: string, path: string, routeTemplate: string | undefined, matched?: unknown): string;
  /** Whether `path` is under a proxy mount (labelled by allow-list: no Express route template). */
  proxied(path: string): boolean;
}

const underMount = (path: string, mount: string) =>
  path === mount || (path.startsWith(mount) && path.charCodeAt(mount.length) === 47); // '/'

/** Bounded route labels: proxy paths by allow-list entry, Express routes by template, the rest by area. */
export function routeLabeler(mounts: readonly ProxyMount[]): RouteLabeler {
  const tables = mounts.map((m) => {
    const entries = m.allowList.map((r) => ({ route: r, template: allowListTemplate(r) }));
    const labels = new Map<unknown, string>(
      entries.map((e) => [e.route, `${m.mount}/${e.template}`]),
    );
    return { mount: m.mount, entries, labels };
  });
  const label = (
    method: string,
    path: string,
    routeTemplate: string | undefined,
    matched?: unknown,
  ): string => {
    for (const t of tables) {
      if (!underMount(path, t.mount)) continue;
      const known = matched === undefined ? undefined : t.labels.get(matched);
      if (known !== undefined) return known;
      const rel = path.slice(t.mount.length).replace(/^\/+/, '');
      const m = method === 'HEAD' ? 'GET' : method;
      const hit = t.entries.find((e) => e.route.method === m && e.route.path.test(rel));
      return hit ? `${t.mount}/${hit.template}` : `${t.mount}/*`;
    }
    if (routeTemplate) return routeTemplate;
    return /^\/api(\/|$)/.test(path) ? '/api/*' : '/*';
  };
  return Object.assign(label, {
    proxied: (path: string) => tables.some((t) => underMount(path, t.mount)),
  });
}
