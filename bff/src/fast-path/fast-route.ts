import type { IncomingHttpHeaders } from 'node:http';
import { matchRoute, type AllowedRoute } from '../services/allow-list.js';

/** A proxy mount the fast path serves (`/api/v1`), with the allow-list its proxy checks. */
export interface FastMount {
  mount: string;
  allowList: readonly AllowedRoute[];
}

export interface FastRoute {
  /** Index of the mount in the list given. */
  index: number;
  /** The path below the mount, as the proxy's gate computes it (no leading slash, no query). */
  rel: string;
}

/**
 * Printable ASCII without `#`: a request target that Express's URL parsing (parseurl's fast parse:
 * it falls back to `url.parse` on whitespace and `#`) and a plain split at the first `?` read alike.
 */
const PLAIN_TARGET = /^[\x21\x22\x24-\x7e]*$/;

/** Whether the request carries a body (the same test as the JSON body parser's). */
function carriesBody(h: IncomingHttpHeaders): boolean {
  const length = h['content-length'];
  return h['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * The proxied call a request is, when the fast path may answer it: a GET without a body, with a
 * cookie, whose target is plain, lies under a mount spelled exactly (Express would also take other
 * spellings: those go to Express) and whose path the mount's own allow-list accepts (the same
 * `matchRoute` the proxy's gate runs). Anything else is undefined: Express answers it unchanged.
 */
export function fastRoute(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
  mounts: readonly FastMount[],
): FastRoute | undefined {
  if (method !== 'GET' || url === undefined || headers.cookie === undefined) return undefined;
  if (carriesBody(headers) || !PLAIN_TARGET.test(url)) return undefined;
  const at = url.indexOf('?');
  const path = at >= 0 ? url.slice(0, at) : url;
  for (let index = 0; index < mounts.length; index++) {
    const { mount, allowList } = mounts[index]!;
    if (!path.startsWith(mount) || path.charCodeAt(mount.length) !== 47) continue; // '/'
    const rel = path.slice(mount.length + 1);
    // `//x` is trimmed by the gate; leave such spellings to Express
    if (rel.charCodeAt(0) === 47) return undefined;
    return matchRoute('GET', rel, allowList) ? { index, rel } : undefined;
  }
  return undefined;
}
