import type { ServerResponse } from 'node:http';

interface Beat {
  timer: NodeJS.Timeout;
  streams: Set<ServerResponse>;
}

/**
 * The SSE heartbeat (`: heartbeat`, a comment EventSource ignores) that keeps proxies from timing
 * out an idle stream: one timer per period for every open stream, not one per stream, so an idle
 * viewer costs a set entry. A stream's first heartbeat comes within one period of its start.
 */
export class Heartbeats {
  private readonly byPeriod = new Map<number, Beat>();

  add(res: ServerResponse, everyMs: number): void {
    let beat = this.byPeriod.get(everyMs);
    if (!beat) {
      const streams = new Set<ServerResponse>();
      const timer = setInterval(() => {
        for (const s of streams) s.write(': heartbeat\n\n');
      }, everyMs);
      timer.unref();
      beat = { timer, streams };
      this.byPeriod.set(everyMs, beat);
    }
    beat.streams.add(res);
  }

  delete(res: ServerResponse, everyMs: number): void {
    const beat = this.byPeriod.get(everyMs);
    if (!beat?.streams.delete(res) || beat.streams.size > 0) return;
    clearInterval(beat.timer);
    this.byPeriod.delete(everyMs);
  }

  /** Streams beating now (tests). */
  size(): number {
    let n = 0;
    for (const b of this.byPeriod.values()) n += b.streams.size;
    return n;
  }
}

/** The process's heartbeats (every app's streams: one timer per period). */
export const heartbeats = new Heartbeats();
