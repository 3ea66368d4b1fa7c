import type { ServerResponse } from 'node:http';

const CALLBACKS = Symbol('onResponseClose');
type WithCallbacks = ServerResponse & { [CALLBACKS]?: Array<() => void> };

/**
 * Runs `fn` when the response closes (finished, or the client went away), in the order they were
 * given. Every caller of a response shares one `close` listener: the request log, the metrics and
 * the proxy's abort signal each needed their own on every proxied call (issue 14: per-request work).
 */
export function onResponseClose(res: ServerResponse, fn: () => void): void {
  const r = res as WithCallbacks;
  const known = r[CALLBACKS];
  if (known) {
    known.push(fn);
    return;
  }
  const callbacks = [fn];
  r[CALLBACKS] = callbacks;
  res.once('close', () => {
    for (const callback of callbacks) callback();
  });
}
