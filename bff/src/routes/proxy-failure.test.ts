import type { NextFunction, Request, Response } from 'express';
import { BrokenCircuitError, IsolatedCircuitError, TaskCancelledError } from 'cockatiel';
import { describe, expect, it, vi } from 'vitest';
import { ConsoleError, ValidationError } from '../errors.js';
import type { Logger } from '../logger.js';
import { LimiterRejectedError } from '../services/proxy/limiter.js';
import type { Upstream } from '../services/proxy/upstream.js';
import { BusyError, ClientGoneError, DeliveryError } from '../services/proxy/upstream-errors.js';
import { proxyFailure } from './proxy-failure.js';

/** A response that records what was done to it, a logger and `next` that record their calls. */
function context(state: { headersSent?: boolean; writableEnded?: boolean } = {}) {
  const headers: Record<string, string> = {};
  const res = {
    headersSent: state.headersSent ?? false,
    writableEnded: state.writableEnded ?? false,
    destroyed: 0,
    destroy() {
      this.destroyed += 1;
    },
    setHeader(name: string, value: string) {
      headers[name] = value;
    },
  };
  const log = { debug: vi.fn(), warn: vi.fn() };
  const next = vi.fn<(err?: unknown) => void>();
  const upstream = { breakerRetryAfterS: () => 7 };
  const c = {
    req: {} as Request,
    res: res as unknown as Response,
    next: next as unknown as NextFunction,
    upstream: upstream as unknown as Upstream,
    version: 'v2',
    log: log as unknown as Logger,
  };
  return { c, res, headers, log, next };
}

/** The one error handed to `next`. */
function passed(next: ReturnType<typeof context>['next']): ConsoleError {
  expect(next).toHaveBeenCalledTimes(1);
  const err = next.mock.calls[0]?.[0];
  expect(err).toBeInstanceOf(ConsoleError);
  return err as ConsoleError;
}

const networkError = (code: string) =>
  Object.assign(new Error('fetch failed'), { cause: { code } });

describe('proxyFailure', () => {
  it('closes the connection without an answer when the browser left or the call was cancelled', () => {
    for (const err of [new ClientGoneError(), new TaskCancelledError()]) {
      const { c, res, headers, log, next } = context();
      proxyFailure(err, c);
      expect(res.destroyed).toBe(1);
      expect(next).not.toHaveBeenCalled();
      expect(headers).toEqual({});
      expect(log.debug).not.toHaveBeenCalled();
      expect(log.warn).not.toHaveBeenCalled();
    }
  });

  it('logs a delivery cut short at debug level with its reason, and closes the connection', () => {
    const { c, res, log, next } = context();
    const reason = new Error('EPIPE');
    proxyFailure(new DeliveryError(reason), c);
    expect(log.debug).toHaveBeenCalledWith({ err: reason }, 'answer cut short');
    expect(log.warn).not.toHaveBeenCalled();
    expect(res.destroyed).toBe(1);
    expect(next).not.toHaveBeenCalled();
  });

  it('closes the connection on any failure once the answer has started (no second answer)', () => {
    for (const err of [networkError('ECONNRESET'), new BusyError(3), new ValidationError('x')]) {
      const { c, res, headers, log, next } = context({ headersSent: true });
      proxyFailure(err, c);
      expect(res.destroyed).toBe(1);
      expect(next).not.toHaveBeenCalled();
      expect(headers).toEqual({});
      expect(log.warn).not.toHaveBeenCalled();
    }
  });

  it('leaves an answer that has already ended alone', () => {
    for (const err of [new ClientGoneError(), new DeliveryError(null), networkError('EPIPE')]) {
      const { c, res, next } = context({ headersSent: true, writableEnded: true });
      proxyFailure(err, c);
      expect(res.destroyed).toBe(0);
      expect(next).not.toHaveBeenCalled();
    }
  });

  it('passes a full queue on as 503 with its Retry-After', () => {
    const { c, headers, log, next } = context();
    const busy = new BusyError(4);
    proxyFailure(busy, c);
    expect(headers).toEqual({ 'Retry-After': '4' });
    expect(next).toHaveBeenCalledWith(busy);
    expect(log.warn).not.toHaveBeenCalled();
  });

  it("answers the limiter's refusal as 503 Console.0503, Retry-After 1 s", () => {
    for (const reason of ['full', 'timeout'] as const) {
      const { c, headers, next } = context();
      proxyFailure(new LimiterRejectedError(reason), c);
      expect(headers).toEqual({ 'Retry-After': '1' });
      const err = passed(next);
      expect(err).toBeInstanceOf(BusyError);
      expect(err.status).toBe(503);
      expect(err.message).toBe('The console is busy; try again in a moment');
    }
  });

  it("answers an open breaker as 503, Retry-After until the breaker's next try, naming the API", () => {
    for (const open of [new BrokenCircuitError(), new IsolatedCircuitError()]) {
      const { c, headers, log, next } = context();
      proxyFailure(open, c);
      expect(headers).toEqual({ 'Retry-After': '7' });
      const err = passed(next);
      expect(err).toBeInstanceOf(BusyError);
      expect((err as BusyError).retryAfterS).toBe(7);
      expect(err.message).toBe(
        'ModelArts (v2) keeps failing; the console holds calls to it for a moment',
      );
      expect(log.warn).not.toHaveBeenCalled();
    }
  });

  it("passes the console's own errors on as they are, without Retry-After or a warning", () => {
    const { c, headers, log, next } = context();
    const own = new ValidationError('job_name is required', 'job_name');
    proxyFailure(own, c);
    expect(next).toHaveBeenCalledWith(own);
    expect(headers).toEqual({});
    expect(log.warn).not.toHaveBeenCalled();
  });

  it('answers a network failure 502 and a timeout 504, logging the code at warn level', () => {
    const reset = context();
    proxyFailure(networkError('ECONNRESET'), reset.c);
    expect(reset.log.warn).toHaveBeenCalledWith(
      { code: 'ECONNRESET', timeout: false },
      'upstream failed',
    );
    const unreachable = passed(reset.next);
    expect(unreachable.status).toBe(502);
    expect(unreachable.message).toBe('ModelArts (v2) is unreachable');
    expect(reset.headers).toEqual({});
    expect(reset.res.destroyed).toBe(0);

    const slow = context();
    proxyFailure(networkError('UND_ERR_HEADERS_TIMEOUT'), slow.c);
    expect(slow.log.warn).toHaveBeenCalledWith(
      { code: 'UND_ERR_HEADERS_TIMEOUT', timeout: true },
      'upstream failed',
    );
    expect(passed(slow.next).status).toBe(504);
  });
});
