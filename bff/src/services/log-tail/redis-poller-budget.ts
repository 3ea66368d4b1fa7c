import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KEY_PREFIX } from '../../redis/redis-connection.js';
import type { BudgetRefusal } from './poller-budget.js';

/**
 * Takes a slot for member ARGV[3] of account KEYS[2] unless it is counted already (joining a log
 * someone polls is free). Members expire at their score (ms); renewals move the score on.
 */
const TAKE = `
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('ZSCORE', KEYS[1], ARGV[3]) then return 'ok' end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[4]) then return 'total' end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[5]) then return 'account' end
if ARGV[6] == '1' then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
  redis.call('SET', KEYS[3], KEYS[2], 'PX', ARGV[7])
  redis.call('PEXPIRE', KEYS[2], ARGV[7])
end
return 'ok'`;

const RENEW = `
redis.call('ZADD', KEYS[1], 'XX', ARGV[1], ARGV[2])
local account = redis.call('GET', KEYS[2])
if account then
  redis.call('ZADD', account, 'XX', ARGV[1], ARGV[2])
  redis.call('PEXPIRE', account, ARGV[3])
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
end
return 1`;

const RELEASE = `
redis.call('ZREM', KEYS[1], ARGV[1])
local account = redis.call('GET', KEYS[2])
if account then redis.call('ZREM', account, ARGV[1]) end
redis.call('DEL', KEYS[2])
return 1`;

const TOTAL = `${KEY_PREFIX}pollers`;
const owner = (member: string) => `${KEY_PREFIX}pollers:owner:${member}`;
const accountKey = (account: string) => `${KEY_PREFIX}pollers:account:${account}`;

/**
 * The poller budget of all replicas (MAX_LOG_POLLERS, MAX_POLLERS_PER_ACCOUNT) in Redis: one slot
 * per polled log (shared or exact), charged to the account that started it, kept while renewed.
 */
export class RedisPollerBudget {
  constructor(
    private readonly redis: Redis,
    readonly limit: number,
    readonly perAccount: number,
    /** A slot not renewed for this long is free again (its replica died). */
    private readonly slotMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes (or joins) the slot `member` for `account`; undefined on success, else why not. */
  async take(account: string, member: string, dryRun = false): Promise<BudgetRefusal | undefined> {
    const now = this.now();
    const answer = await this.redis.eval(
      TAKE,
      3,
      TOTAL,
      accountKey(hashed(account)),
      owner(member),
      now,
      now + this.slotMs,
      member,
      this.limit,
      this.perAccount,
      dryRun ? '0' : '1',
      this.slotMs * 4,
    );
    return answer === 'ok' ? undefined : (answer as BudgetRefusal);
  }

  async renew(member: string): Promise<void> {
    await this.redis.eval(
      RENEW,
      2,
      TOTAL,
      owner(member),
      this.now() + this.slotMs,
      member,
      this.slotMs * 4,
    );
  }

  async release(member: string): Promise<void> {
    await this.redis.eval(RELEASE, 2, TOTAL, owner(member), member);
  }
}

/** Accounts (user names) are hashed: no user input in a key name. */
function hashed(account: string): string {
  return createHash('sha256').update(account).digest('base64url').slice(0, 32);
}
