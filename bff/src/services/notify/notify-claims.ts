import type { Redis } from 'ioredis';
import { KEY_PREFIX } from '../../redis/redis-connection.js';

/**
 * Who sends a job's notification: the first to claim its key. With several replicas the claim
 * lives in Redis (`SET NX`), so exactly one replica sends; alone, in this process's memory.
 */
export interface NotifyClaims {
  /** True for the first caller of `key` (within `ttlMs`), false for every later one. */
  claim(key: string): Promise<boolean>;
}

/** How long a claim is kept: far longer than a finished job is still notified (NOTIFY_MAX_AGE). */
export const CLAIM_TTL_MS = 7 * 24 * 3600_000;

/** This process's claims, forgotten after `ttlMs`, at most `max` kept (the oldest go first). */
export class MemoryClaims implements NotifyClaims {
  private readonly claimed = new Map<string, number>();

  constructor(
    private readonly ttlMs = CLAIM_TTL_MS,
    private readonly max = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  claim(key: string): Promise<boolean> {
    const t = this.now();
    const until = this.claimed.get(key);
    if (until !== undefined && until > t) return Promise.resolve(false);
    this.claimed.delete(key);
    this.claimed.set(key, t + this.ttlMs);
    // Map order is insertion order: the first entries are the oldest claims.
    for (const [k, exp] of this.claimed) {
      if (this.claimed.size <= this.max && exp > t) break;
      this.claimed.delete(k);
    }
    return Promise.resolve(true);
  }

  /** Drops a claim (it could not be completed: the next caller claims it again). */
  forget(key: string): void {
    this.claimed.delete(key);
  }
}

/** Claims shared by every replica: `SET mac:notify:<key> <replica> NX PX ttl`. */
export class RedisClaims implements NotifyClaims {
  constructor(
    private readonly redis: Redis,
    private readonly replicaId: string,
    private readonly ttlMs = CLAIM_TTL_MS,
  ) {}

  async claim(key: string): Promise<boolean> {
    const r = await this.redis.set(
      `${KEY_PREFIX}notify:${key}`,
      this.replicaId,
      'PX',
      this.ttlMs,
      'NX',
    );
    return r === 'OK';
  }
}
