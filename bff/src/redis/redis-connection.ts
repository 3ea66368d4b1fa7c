import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { StateUnavailableError } from '../errors.js';

/** Key prefix of everything the console keeps in Redis (one Redis may serve other things too). */
export const KEY_PREFIX = 'mac:';

/**
 * A connection to the shared state (REDIS_URL). Commands fail at once while Redis is unreachable
 * (no offline queue, one attempt per command), so a request answers 503 Console.0530 instead of
 * hanging; the client reconnects by itself (backoff up to 2 s) and the BFF recovers with it.
 */
export function connectRedis(url: string, logger: Logger, name = 'bff'): Redis {
  const redis = new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 100, 2000),
    lazyConnect: false,
  });
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    // The URL may carry a password: log the message only.
    logger.warn({ err: { message: err.message } }, 'redis unreachable');
  });
  redis.on('ready', () => {
    if (down) logger.info('redis reachable again');
    down = false;
  });
  return redis;
}

/** Runs a Redis call; any failure to reach Redis becomes StateUnavailableError (503 Console.0530). */
export async function inRedis<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof StateUnavailableError) throw err;
    throw new StateUnavailableError();
  }
}

/**
 * Waits (at most `ms`) while a connection attempt is under way, e.g. just after start: without an
 * offline queue a command sent then would fail although Redis is up. An outage is not waited for.
 */
export function settled(redis: Redis, ms = 1000): Promise<void> {
  if (redis.status !== 'connecting' && redis.status !== 'connect') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.once('ready', done);
    redis.once('close', done);
  });
}

/** `inRedis` on a connection that may still be connecting. */
export async function onRedis<T>(redis: Redis, call: () => Promise<T>): Promise<T> {
  await settled(redis);
  return inRedis(call);
}
