import type { Logger } from 'pino';
import type { V2StatusEvent } from '@console/shared';
import type { Config } from '../../config.js';
import { connectRedis } from '../../redis/redis-connection.js';
import { LogTailRegistry } from './log-tail-registry.js';
import { PollerBudget } from './poller-budget.js';
import { SharedTailRegistry } from './shared-tail-registry.js';
import type { TailRegistry } from './tail-registry.js';

export interface LiveLogRegistries {
  registry: TailRegistry<number>;
  v2Registry: TailRegistry<V2StatusEvent>;
  /** Stops every poller and closes the Redis connection, if any. */
  close(): void;
}

/**
 * The v1 and v2 live-log registries: in this process (one budget for both), or, with REDIS_URL,
 * shared by every replica through Redis (one poller per log across replicas).
 */
export function liveLogRegistries(
  config: Config,
  logger: Logger,
  idleGraceMs: number,
): LiveLogRegistries {
  const common = {
    intervalMs: config.logPollIntervalMs,
    retryBudgetMs: config.logRetryBudgetMs,
    idleGraceMs,
    logger,
  };
  if (!config.redis) {
    const deps = {
      ...common,
      budget: new PollerBudget(config.maxLogPollers, config.maxPollersPerAccount),
    };
    return both(new LogTailRegistry<number>(deps), new LogTailRegistry<V2StatusEvent>(deps));
  }
  const redis = connectRedis(config.redis.url, logger, 'bff-logs');
  const deps = {
    ...common,
    redis,
    replicaId: config.redis.replicaId,
    maxPollers: config.maxLogPollers,
    maxPerAccount: config.maxPollersPerAccount,
  };
  return both(
    new SharedTailRegistry<number>(deps),
    new SharedTailRegistry<V2StatusEvent>(deps),
    () => redis.disconnect(),
  );
}

function both(
  registry: TailRegistry<number>,
  v2Registry: TailRegistry<V2StatusEvent>,
  after: () => void = () => undefined,
): LiveLogRegistries {
  return {
    registry,
    v2Registry,
    close: () => {
      registry.closeAll();
      v2Registry.closeAll();
      after();
    },
  };
}
