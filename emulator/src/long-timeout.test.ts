import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearTimers, LongTimeout, MAX_TIMER_MS, setLongTimeout } from './long-timeout.js';

const HOUR = 3_600_000;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('setLongTimeout', () => {
  it('does not fire a 600 h timer after 42 ms, nor a day early, but at 600 h', () => {
    const fn = vi.fn();
    setLongTimeout(fn, 600 * HOUR);
    vi.advanceTimersByTime(42);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(599 * HOUR - 42);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(HOUR - 1);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000 * HOUR);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('fires exactly at a delay that is a whole number of chunks, and short delays as setTimeout', () => {
    const long = vi.fn();
    const short = vi.fn();
    setLongTimeout(long, 3 * MAX_TIMER_MS);
    setLongTimeout(short, 5);
    vi.advanceTimersByTime(5);
    expect(short).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3 * MAX_TIMER_MS - 6);
    expect(long).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(long).toHaveBeenCalledTimes(1);
  });

  it('is cancelled by clear() in any chunk, and never fires for Infinity', () => {
    const fn = vi.fn();
    const t = setLongTimeout(fn, 100 * 24 * HOUR);
    vi.advanceTimersByTime(MAX_TIMER_MS + 10);
    t.clear();
    t.clear();
    const never = setLongTimeout(fn, Infinity);
    vi.advanceTimersByTime(365 * 24 * HOUR);
    expect(fn).not.toHaveBeenCalled();
    never.clear();
  });

  it('re-arms in chunks no longer than the maximum (no TimeoutOverflowWarning)', () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const fn = vi.fn();
    new LongTimeout(fn, 10_000, 3_000);
    vi.advanceTimersByTime(10_000);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls.map(([, ms]) => ms)).toEqual([3_000, 3_000, 3_000, 1_000]);
    spy.mockRestore();
  });

  it('clearTimers clears plain and long timers alike', () => {
    const fn = vi.fn();
    clearTimers([setTimeout(fn, 10), setLongTimeout(fn, 10), setLongTimeout(fn, 700 * HOUR)]);
    vi.advanceTimersByTime(800 * HOUR);
    expect(fn).not.toHaveBeenCalled();
  });
});
