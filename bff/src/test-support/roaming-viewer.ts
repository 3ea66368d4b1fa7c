import { createParser } from 'eventsource-parser';

export interface RoamingViewerOptions {
  /** Path of the stream (`/api/logs/…`), appended to the replica's base URL. */
  path: string;
  cookie: string;
  /** The replica to (re)connect to, by attempt number (a load balancer's choice). */
  base: (attempt: number) => string;
  /** Gives up after this many connection attempts in a row that got no event (default 100). */
  maxFailures?: number;
  /** Called with every batch of lines as it arrives (e.g. to time them). */
  onLines?: (lines: string[]) => void;
}

export interface RoamingViewer {
  lines: string[];
  /** Connections that delivered at least one event. */
  connections: number;
  /** When the first connection was answered (epoch ms; 0 before). */
  openedAt: number;
  /** `error` event bodies (a stream that ends with one stops). */
  errors: string[];
  ended: boolean;
  /** The `end` event's data (the last status), parsed. */
  end: unknown;
  /** Resolves when the stream ended (`end` or `error`) or `stop()` was called. */
  done: Promise<void>;
  stop(): void;
}

/**
 * A browser's EventSource behind a load balancer, in the test process: reads a live-log stream and,
 * when the connection ends without `end` (a replica shut down, was killed, or refused), reconnects
 * to the next replica with `Last-Event-ID` set to the last id it got, as the browser does.
 */
export function roamingViewer(o: RoamingViewerOptions): RoamingViewer {
  const v: RoamingViewer = {
    lines: [],
    connections: 0,
    openedAt: 0,
    errors: [],
    ended: false,
    end: undefined,
    done: Promise.resolve(),
    stop: () => undefined,
  };
  let lastId: string | undefined;
  let stopped = false;
  let controller: AbortController | undefined;
  v.stop = () => {
    stopped = true;
    controller?.abort();
  };

  const connectOnce = async (attempt: number): Promise<boolean> => {
    controller = new AbortController();
    // as a browser's EventSource asks
    const headers: Record<string, string> = { cookie: o.cookie, accept: 'text/event-stream' };
    if (lastId !== undefined) headers['last-event-id'] = lastId;
    let got = false;
    let finished = false;
    const res = await fetch(`${o.base(attempt)}${o.path}`, { headers, signal: controller.signal });
    if (res.status !== 200 || !res.body) {
      v.errors.push(`HTTP ${res.status}: ${await res.text()}`);
      return true;
    }
    v.openedAt ||= Date.now();
    const parser = createParser({
      onEvent: (e) => {
        got = true;
        if (e.event === 'log') {
          const lines = (JSON.parse(e.data) as { lines: string[] }).lines;
          v.lines.push(...lines);
          o.onLines?.(lines);
          lastId = e.id;
        } else if (e.event === 'end') {
          v.ended = true;
          v.end = JSON.parse(e.data) as unknown;
          finished = true;
        } else if (e.event === 'error') {
          v.errors.push(e.data);
          finished = true;
        }
      },
    });
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || finished) break;
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } catch {
      // reset by a replica that died: reconnect
    }
    if (got) v.connections += 1;
    return finished || stopped ? true : false;
  };

  v.done = (async () => {
    let failures = 0;
    for (let attempt = 0; !stopped; attempt++) {
      const before = v.lines.length + v.errors.length;
      try {
        if (await connectOnce(attempt)) return;
      } catch {
        // connection refused: the balancer picks another replica
      }
      failures = v.lines.length + v.errors.length > before ? 0 : failures + 1;
      if (failures >= (o.maxFailures ?? 100)) {
        v.errors.push('gave up reconnecting');
        return;
      }
      await new Promise((r) => setTimeout(r, Math.min(50 * failures, 500)));
    }
  })();
  return v;
}
