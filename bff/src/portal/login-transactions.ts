import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KEY_PREFIX, onRedis } from '../redis/redis-connection.js';
import { hashedId, SealedBox } from '../redis/sealed.js';
import type { LoginTransaction } from './oidc-rp.js';

/** Sign-ins in progress, each usable once for a limited time. */
export interface LoginTransactionStore {
  /** Keeps the transaction; returns its id (the sign-in cookie's value). */
  add(t: LoginTransaction): Promise<string>;
  /** The transaction, removed (one use); undefined when unknown or expired. */
  take(id: string | undefined): Promise<LoginTransaction | undefined>;
}

const DEFAULT_TTL_MS = 10 * 60_000;
const newId = () => randomBytes(24).toString('base64url');

/**
 * In memory, each for 10 minutes and usable once. Starting one needs no session, so the store is
 * bounded: past `max` entries the oldest is dropped (its callback then fails cleanly).
 */
export class LoginTransactions implements LoginTransactionStore {
  private readonly entries = new Map<string, { t: LoginTransaction; until: number }>();

  constructor(
    private readonly ttlMs = DEFAULT_TTL_MS,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async add(t: LoginTransaction): Promise<string> {
    const id = newId();
    this.entries.set(id, { t, until: this.now() + this.ttlMs });
    while (this.entries.size > this.max) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return id;
  }

  async take(id: string | undefined): Promise<LoginTransaction | undefined> {
    if (!id) return undefined;
    const e = this.entries.get(id);
    this.entries.delete(id);
    return e && e.until > this.now() ? e.t : undefined;
  }
}

const txKey = (id: string) => `${KEY_PREFIX}oidc-tx:${hashedId(id)}`;

/**
 * In Redis (several replicas: the provider may send the browser back to another one than started
 * the sign-in): `mac:oidc-tx:<sha256(id)>`, sealed like sessions (the PKCE verifier and the nonce
 * are secrets), a TTL, taken with GETDEL (one use, even when two replicas race for it). Redis
 * bounds it by the TTL; a flood of starts costs memory there, as it would here.
 */
export class RedisLoginTransactions implements LoginTransactionStore {
  private readonly box: SealedBox;

  constructor(
    private readonly redis: Redis,
    secret: string,
    private readonly ttlMs = DEFAULT_TTL_MS,
  ) {
    this.box = new SealedBox(secret, 'mac oidc login transactions v1');
  }

  async add(t: LoginTransaction): Promise<string> {
    const id = newId();
    const key = txKey(id);
    const sealed = this.box.seal(JSON.stringify(t), key);
    await onRedis(this.redis, () => this.redis.set(key, sealed, 'PX', this.ttlMs));
    return id;
  }

  async take(id: string | undefined): Promise<LoginTransaction | undefined> {
    if (!id || id.length > 128) return undefined;
    const key = txKey(id);
    const sealed = await onRedis(this.redis, () => this.redis.getdelBuffer(key));
    const plain = this.box.open(sealed, key);
    if (plain === undefined) return undefined;
    try {
      return JSON.parse(plain) as LoginTransaction;
    } catch {
      return undefined;
    }
  }
}
