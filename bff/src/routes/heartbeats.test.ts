import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Heartbeats } from './heartbeats.js';

const response = () => {
  const written: string[] = [];
  return { res: { write: (c: string) => written.push(c) } as unknown as ServerResponse, written };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('Heartbeats', () => {
  it('beats every open stream of a period from one timer, and stops with the last stream', () => {
    vi.useFakeTimers();
    const beats = new Heartbeats();
    const [a, b, c] = [response(), response(), response()];
    beats.add(a.res, 1000);
    beats.add(b.res, 1000);
    beats.add(c.res, 5000);
    expect(vi.getTimerCount()).toBe(2);
    vi.advanceTimersByTime(1000);
    expect([a.written, b.written, c.written]).toEqual([
      [': heartbeat\n\n'],
      [': heartbeat\n\n'],
      [],
    ]);
    beats.delete(a.res, 1000);
    vi.advanceTimersByTime(4000);
    expect([a.written.length, b.written.length, c.written.length]).toEqual([1, 5, 1]);
    beats.delete(b.res, 1000);
    beats.delete(b.res, 1000);
    expect([vi.getTimerCount(), beats.size()]).toEqual([1, 1]);
    beats.delete(c.res, 5000);
    expect([vi.getTimerCount(), beats.size()]).toEqual([0, 0]);
  });
});
