import type { Redis } from 'ioredis';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { connectRedis } from '../../redis/redis-connection.js';
import { JobNotifier } from './job-notifier.js';
import { MemoryClaims, RedisClaims } from './notify-claims.js';
import { upstreamNotifyReads, type NotifyReadsDeps } from './notify-reads.js';
import { WebhookSender } from './webhook-sender.js';

export interface NotifyWiring {
  notifier: JobNotifier;
  close(): void;
}

/**
 * The job notifier of NOTIFY_WEBHOOK_URL (undefined without it): claims in Redis with REDIS_URL
 * (one replica sends), else in this process.
 */
export function wireNotifier(
  config: Config,
  logger: Logger,
  clients: Omit<NotifyReadsDeps, 'endpoint'>,
): NotifyWiring | undefined {
  const n = config.notify;
  if (!n) return undefined;
  let redis: Redis | undefined;
  if (config.redis) redis = connectRedis(config.redis.url, logger, 'bff-notify');
  const claims = redis
    ? new RedisClaims(redis, config.redis?.replicaId ?? 'bff')
    : new MemoryClaims();
  const sender = new WebhookSender(n.webhookUrl, {
    attempts: n.attempts,
    initialDelayMs: n.retryMs,
    maxDelayMs: Math.max(n.retryMs, 60_000),
    timeoutMs: 10_000,
  });
  const notifier = new JobNotifier({
    reads: upstreamNotifyReads({ endpoint: config.modelartsEndpoint, ...clients }),
    claims,
    sender,
    logger: logger.child({ module: 'notify' }),
    ...(config.publicOrigin ? { publicOrigin: config.publicOrigin } : {}),
    settings: { pollMs: n.pollMs, maxAgeMs: n.maxAgeMs },
  });
  return {
    notifier,
    close: () => {
      notifier.close();
      redis?.disconnect();
    },
  };
}
