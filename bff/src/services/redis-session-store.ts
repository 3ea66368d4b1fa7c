import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { KEY_PREFIX, onRedis } from '../redis/redis-connection.js';
import { hashedId, SealedBox } from '../redis/sealed.js';
import { EndedListeners, newSessionId, type Session, type SessionStore } from './session-store.js';

/** Where every replica hears of a session that ended (payload: its hashed id). */
export const SESSION_ENDED_CHANNEL = `${KEY_PREFIX}sess-ended`;
export const sessionKey = (hashed: string) => `${KEY_PREFIX}sess:${hashed}`;
/** The HKDF purpose of the session key (a fixed string: changing it ends every session). */
const PURPOSE = 'mac session store v1';
/** Longest TTL when there is no idle timeout (Lua prints larger numbers in exponent form). */
const NO_IDLE_MS = 365 * 24 * 3_600_000;

/**
 * Re-arms the idle TTL, never past the token's expiry (`e`, epoch ms); 0 when the session is gone.
 * KEYS[1] the session; ARGV: idle ms, now (epoch ms).
 */
const TOUCH = `
local e = tonumber(redis.call('HGET', KEYS[1], 'e'))
if not e then return 0 end
local left = e - tonumber(ARGV[2])
if left <= 0 then
  redis.call('DEL', KEYS[1])
  return 0
end
redis.call('PEXPIRE', KEYS[1], math.min(tonumber(ARGV[1]), left))
return 1`;

export interface RedisSessionStoreOptions {
  /** The command connection (its owner closes it); a duplicate subscribes to ended sessions. */
  redis: Redis;
  /** SESSION_SECRET: the encryption key of every stored session is derived from it. */
  secret: string;
  /** A session not touched for this long ends (default: never). */
  idleMs?: number;
  now?: () => number;
  /** How often this replica's cache is checked against Redis (sessions that expired). */
  sweepEveryMs?: number;
  logger?: Logger;
}

interface Cached {
  id: string;
  session: Session;
  seenAt: number;
}

/**
 * Sessions in Redis, shared by every replica: `mac:sess:<sha256(id)>` is a hash of the session
 * sealed with AES-256-GCM (`v`) and the token's expiry (`e`, for the TTL script), with a TTL of the
 * idle timeout capped at the expiry. An ended session is published on `mac:sess-ended` (hashed id)
 * so that every replica drops it from its cache and ends its streams. A value that does not open
 * (another secret, tampered) reads as no session; an unreachable Redis as StateUnavailableError.
 */
export class RedisSessionStore implements SessionStore {
  private readonly redis: Redis;
  private readonly sub: Redis;
  private readonly box: SealedBox;
  private readonly idleMs: number;
  private readonly now: () => number;
  private readonly cache = new Map<string, Cached>();
  private readonly ended = new EndedListeners();
  private readonly sweeper: NodeJS.Timeout;
  private readonly sweepEveryMs: number;
  private heard!: () => void;
  /** Resolves once this replica hears ended sessions (its first SUBSCRIBE went through). */
  readonly listening = new Promise<void>((resolve) => (this.heard = resolve));

  constructor(private readonly o: RedisSessionStoreOptions) {
    this.redis = o.redis;
    this.box = new SealedBox(o.secret, PURPOSE);
    this.idleMs = Math.min(o.idleMs ?? NO_IDLE_MS, NO_IDLE_MS);
    this.now = o.now ?? Date.now;
    this.sweepEveryMs = o.sweepEveryMs ?? 60_000;
    // Subscribed on each (re)connection by `listen`, then the cache is checked against Redis:
    // messages published while this replica was not subscribed are lost.
    this.sub = o.redis.duplicate({
      enableOfflineQueue: true,
      autoResubscribe: false,
      connectionName: 'bff-sessions-sub',
    });
    this.sub.on('error', () => undefined); // the command connection logs outages
    this.sub.on('message', (channel: string, hashed: string) => {
      if (channel === SESSION_ENDED_CHANNEL) this.endedElsewhere(hashed);
    });
    this.sub.on('ready', () => void this.listen());
    this.sweeper = setInterval(() => {
      const stale = this.now() - this.sweepEveryMs;
      void this.revalidate((c) => c.seenAt <= stale);
    }, this.sweepEveryMs);
    this.sweeper.unref();
  }

  async create(session: Session): Promise<string> {
    const id = newSessionId();
    const hashed = hashedId(id);
    const key = sessionKey(hashed);
    const ttl = Math.min(this.idleMs, session.expiresAt - this.now());
    if (ttl > 0) {
      const sealed = this.box.seal(JSON.stringify(session), key);
      await this.exec(() =>
        this.redis
          .multi()
          .hset(key, 'v', sealed, 'e', String(session.expiresAt))
          .pexpire(key, ttl)
          .exec(),
      );
      this.cache.set(hashed, { id, session, seenAt: this.now() });
    }
    return id;
  }

  async get(id: string): Promise<Session | undefined> {
    const hashed = hashedId(id);
    const key = sessionKey(hashed);
    const sealed = await onRedis(this.redis, () => this.redis.hgetBuffer(key, 'v'));
    const session = this.read(sealed, key);
    if (!session || session.expiresAt <= this.now()) {
      this.cache.delete(hashed);
      return undefined;
    }
    this.cache.set(hashed, { id, session, seenAt: this.now() });
    return session;
  }

  async touch(id: string): Promise<boolean> {
    const hashed = hashedId(id);
    const now = this.now();
    const alive =
      (await onRedis(this.redis, () =>
        this.redis.eval(TOUCH, 1, sessionKey(hashed), this.idleMs, now),
      )) === 1;
    const c = this.cache.get(hashed);
    if (!alive) this.cache.delete(hashed);
    else if (c) c.seenAt = now;
    return alive;
  }

  async delete(id: string): Promise<void> {
    const hashed = hashedId(id);
    // Here at once, whatever Redis says; the others when Redis has it.
    this.cache.delete(hashed);
    this.ended.fire(id);
    await this.exec(() =>
      this.redis.multi().del(sessionKey(hashed)).publish(SESSION_ENDED_CHANNEL, hashed).exec(),
    );
  }

  cached(id: string): Session | undefined {
    const hashed = hashedId(id);
    const c = this.cache.get(hashed);
    if (!c) return undefined;
    if (c.session.expiresAt <= this.now()) {
      this.cache.delete(hashed);
      return undefined;
    }
    return c.session;
  }

  onEnded(listener: (id: string) => void): () => void {
    return this.ended.add(listener);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.sub.disconnect();
    this.cache.clear();
    this.ended.clear();
  }

  private read(sealed: Buffer | null, key: string): Session | undefined {
    const plain = this.box.open(sealed, key);
    if (plain === undefined) return undefined;
    try {
      return JSON.parse(plain) as Session;
    } catch {
      return undefined;
    }
  }

  /** A MULTI whose commands must all succeed. */
  private async exec(call: () => Promise<[Error | null, unknown][] | null>): Promise<void> {
    const results = await onRedis(this.redis, call);
    const failed = results?.find(([err]) => err);
    if (!results || failed) throw failed?.[0] ?? new Error('redis transaction discarded');
  }

  private async listen(): Promise<void> {
    try {
      await this.sub.subscribe(SESSION_ENDED_CHANNEL);
    } catch {
      return; // the connection dropped again; its next 'ready' tries again
    }
    this.heard();
    await this.revalidate(() => true);
  }

  private endedElsewhere(hashed: string): void {
    const c = this.cache.get(hashed);
    if (!c) return;
    this.cache.delete(hashed);
    this.ended.fire(c.id);
  }

  /** Drops cached sessions that Redis no longer has (expired, or ended while unsubscribed). */
  private async revalidate(which: (c: Cached) => boolean): Promise<void> {
    const hashes = [...this.cache].filter(([, c]) => which(c)).map(([h]) => h);
    if (hashes.length === 0) return;
    try {
      const pipe = this.redis.pipeline();
      for (const h of hashes) pipe.exists(sessionKey(h));
      const results = (await onRedis(this.redis, () => pipe.exec())) ?? [];
      hashes.forEach((h, i) => {
        const [err, n] = results[i] ?? [null, 1];
        if (!err && n === 0) this.endedElsewhere(h);
      });
    } catch (err) {
      this.o.logger?.debug({ err: { message: (err as Error).message } }, 'session cache check');
    }
  }
}
