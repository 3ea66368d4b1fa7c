import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { RedisV1JobOwners, V1JobOwners, type V1JobOwnerStore } from '../portal/job-owners.js';
import {
  LoginTransactions,
  RedisLoginTransactions,
  type LoginTransactionStore,
} from '../portal/login-transactions.js';
import { LoginLimiter } from '../services/login-limiter.js';
import { RedisSessionStore } from '../services/redis-session-store.js';
import { MemorySessionStore, type SessionStore } from '../services/session-store.js';
import { connectRedis, onRedis } from './redis-connection.js';

/** What several replicas must share: in Redis with REDIS_URL, else in this process's memory. */
export interface SharedState {
  sessions: SessionStore;
  limiter: LoginLimiter;
  transactions: LoginTransactionStore;
  owners: V1JobOwnerStore;
  /** Readiness: rejects when Redis does not answer (undefined without Redis). */
  ping?: () => Promise<unknown>;
  /** Ends the session store and the connection. */
  close(): Promise<void>;
}

export interface SharedStateOptions {
  /** A session store given by the caller (tests); it is closed with the rest. */
  sessionStore?: SessionStore;
  now?: () => number;
}

export function sharedState(
  config: Config,
  logger: Logger,
  o: SharedStateOptions = {},
): SharedState {
  const idleMs = config.sessionIdleMinutes * 60_000;
  const limits = { perUser: config.loginFailuresPerUser, perIp: config.loginFailuresPerIp };
  if (!config.redis) {
    const sessions =
      o.sessionStore ?? new MemorySessionStore({ ...(o.now ? { now: o.now } : {}), idleMs });
    return {
      sessions,
      limiter: new LoginLimiter(limits),
      transactions: new LoginTransactions(),
      owners: new V1JobOwners(),
      close: () => sessions.close(),
    };
  }
  const secret = config.redis.sessionSecret;
  const redis: Redis = connectRedis(config.redis.url, logger, 'bff-sessions');
  const sessions =
    o.sessionStore ??
    new RedisSessionStore({ redis, secret, idleMs, logger, ...(o.now ? { now: o.now } : {}) });
  return {
    sessions,
    limiter: new LoginLimiter(limits, redis),
    transactions: new RedisLoginTransactions(redis, secret),
    owners: new RedisV1JobOwners(redis),
    ping: () => onRedis(redis, () => redis.ping()),
    async close() {
      await sessions.close();
      redis.disconnect();
    },
  };
}
