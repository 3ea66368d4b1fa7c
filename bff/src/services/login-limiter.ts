import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { KEY_PREFIX, onRedis } from '../redis/redis-connection.js';
import { hashedId } from '../redis/sealed.js';
import { ipKey } from './ip-key.js';
import { KeyedQueue } from './keyed-queue.js';

export interface LoginAttempt {
  /** As the login schema left them (trimmed); the limiter folds the case itself. */
  domain: string;
  username: string;
  /** The client address as Express computed it (`req.ip`, honouring `trust proxy`). */
  ip: string;
}

export interface LoginLimits {
  /** Failed sign-ins per window for one domain + username. */
  perUser: number;
  /** Failed sign-ins per window from one client address (IPv6: its /64). */
  perIp: number;
  windowSeconds?: number;
}

/** The outcome of an attempt the limiter let through. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown; counts: boolean };

/** Refused before the attempt: try again after this many seconds. */
export class LoginLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many failed sign-in attempts');
    this.name = 'LoginLimited';
  }
}

/**
 * Failed sign-ins per user and per client address, counted after they fail, checked before IAM is
 * called. Successful sign-ins are never counted. Attempts for one user run one after the other, so a
 * burst cannot slip past the check before its failures are counted. User names are compared
 * case-folded: the catalog does not say whether IAM names are case-sensitive, and folding can only
 * make the limit stricter. In memory, or with a Redis connection in Redis (`mac:login-user:…`,
 * `mac:login-ip:…`, hashed keys), so that failures counted on one replica refuse on every other;
 * Redis unreachable then refuses the sign-in with StateUnavailableError (503), never lets it by.
 * (The one-after-the-other queue is per replica: a burst spread over replicas may overshoot the
 * limit by the number of replicas at most.)
 */
export class LoginLimiter {
  private readonly users: RateLimiterAbstract;
  private readonly ips: RateLimiterAbstract;
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly limits: LoginLimits,
    private readonly redis?: Redis,
  ) {
    const duration = limits.windowSeconds ?? 60;
    const user = { points: limits.perUser, duration };
    const ip = { points: limits.perIp, duration };
    if (redis) {
      const store = { storeClient: redis, rejectIfRedisNotReady: true };
      this.users = new RateLimiterRedis({
        ...user,
        ...store,
        keyPrefix: `${KEY_PREFIX}login-user`,
      });
      this.ips = new RateLimiterRedis({ ...ip, ...store, keyPrefix: `${KEY_PREFIX}login-ip` });
    } else {
      this.users = new RateLimiterMemory({ ...user, keyPrefix: 'user' });
      this.ips = new RateLimiterMemory({ ...ip, keyPrefix: 'ip' });
    }
  }

  /** A store call: in Redis, under a hashed key (no user name or address in clear). */
  private call<T>(op: (key: string) => Promise<T>, key: string): Promise<T> {
    const redis = this.redis;
    if (!redis) return op(key);
    return onRedis(redis, () => op(hashedId(key)));
  }

  static userKey(a: Pick<LoginAttempt, 'domain' | 'username'>): string {
    return `${a.domain.trim().toLowerCase()}\n${a.username.trim().toLowerCase()}`;
  }

  /**
   * Runs `attempt` unless a limit is reached (then throws LoginLimited). `attempt` tells whether its
   * failure counts (wrong credentials do; an unreachable IAM does not).
   */
  async run<T>(a: LoginAttempt, attempt: () => Promise<Outcome<T>>): Promise<T> {
    const user = LoginLimiter.userKey(a);
    const ip = ipKey(a.ip);
    return this.queue.run(user, async () => {
      await this.refuseIfLimited(user, ip);
      const outcome = await attempt();
      if (outcome.ok) return outcome.value;
      if (outcome.counts) {
        await Promise.all([
          this.call((k) => this.users.penalty(k), user),
          this.call((k) => this.ips.penalty(k), ip),
        ]);
      }
      throw outcome.error;
    });
  }

  private async refuseIfLimited(user: string, ip: string): Promise<void> {
    const [u, i] = await Promise.all([
      this.call((k) => this.users.get(k), user),
      this.call((k) => this.ips.get(k), ip),
    ]);
    const waits = [
      u && u.consumedPoints >= this.limits.perUser ? u.msBeforeNext : 0,
      i && i.consumedPoints >= this.limits.perIp ? i.msBeforeNext : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) throw new LoginLimited(Math.max(1, Math.ceil(wait / 1000)));
  }
}
