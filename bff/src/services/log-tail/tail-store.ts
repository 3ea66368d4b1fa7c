import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KEY_PREFIX } from '../../redis/redis-connection.js';
import { decodeEntry, encodeEntry, type TailEntry } from './tail-entries.js';

/** Publishes only while `ARGV[1]` holds the lease (fencing: a deposed poller cannot append). */
const PUBLISH = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return false end
local id = redis.call('XADD', KEYS[2], 'MAXLEN', '~', ARGV[2], '*', 'e', ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
if ARGV[5] ~= '' then redis.call('SET', KEYS[3], ARGV[5], 'PX', ARGV[4]) end
if ARGV[6] ~= '' then redis.call('SET', KEYS[4], ARGV[6], 'PX', ARGV[4]) end
return id`;

const RENEW = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

const RELEASE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1`;

export interface StreamItem {
  id: string;
  entry: TailEntry | undefined;
}

/** Redis keys of one log: its lease, its stream of entries, its head cursor and last status. */
export interface TailKeys {
  lease: string;
  log: string;
  head: string;
  status: string;
}

/** Keys of a source key (project, job, …): hashed, so no user input is ever part of a key. */
export function tailKeys(sourceKey: string): TailKeys {
  const h = createHash('sha256').update(sourceKey).digest('base64url').slice(0, 32);
  const base = `${KEY_PREFIX}tail:{${h}}`;
  return {
    lease: `${base}:lease`,
    log: `${base}:log`,
    head: `${base}:head`,
    status: `${base}:status`,
  };
}

export interface TailStoreOptions {
  /** Stream entries kept per log (approximate trim); older cursors fall back to an exact poller. */
  maxEntries: number;
  /** How long a log's stream outlives its last publication. */
  keepMs: number;
}

type StreamReply = [string, [string, string[]][]][] | null;

function items(reply: StreamReply): StreamItem[] {
  const out: StreamItem[] = [];
  for (const [, entries] of reply ?? []) {
    for (const [id, fields] of entries) {
      const i = fields.indexOf('e');
      out.push({ id, entry: i >= 0 && fields[i + 1] ? decodeEntry(fields[i + 1]!) : undefined });
    }
  }
  return out;
}

/** The Redis side of shared log tails: leases, fenced publication, reading the streams. */
export class TailStore {
  constructor(
    private readonly redis: Redis,
    private readonly o: TailStoreOptions,
  ) {}

  async acquire(k: TailKeys, holder: string, leaseMs: number): Promise<boolean> {
    return (await this.redis.set(k.lease, holder, 'PX', leaseMs, 'NX')) === 'OK';
  }

  async renew(k: TailKeys, holder: string, leaseMs: number): Promise<boolean> {
    return (await this.redis.eval(RENEW, 1, k.lease, holder, leaseMs)) === 1;
  }

  async release(k: TailKeys, holder: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, k.lease, holder);
  }

  /** The cursor after the last published page (or the root), if the log has a stream. */
  async head(k: TailKeys): Promise<string | undefined> {
    return (await this.redis.get(k.head)) ?? undefined;
  }

  async lastStatus(k: TailKeys): Promise<unknown> {
    const raw = await this.redis.get(k.status);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  }

  /** Appends `entry` if `holder` still holds the lease; false when it does not. */
  async publish(k: TailKeys, holder: string, entry: TailEntry): Promise<boolean> {
    const head = entry.t === 'page' ? entry.to : entry.t === 'root' ? entry.cursor : '';
    const status = entry.t === 'status' ? JSON.stringify(entry.status) : '';
    const id = await this.redis.eval(
      PUBLISH,
      4,
      k.lease,
      k.log,
      k.head,
      k.status,
      holder,
      this.o.maxEntries,
      encodeEntry(entry),
      this.o.keepMs,
      head,
      status,
    );
    return typeof id === 'string';
  }

  /** Entries after `lastId` ('0-0': from the first kept), at most `count`, without waiting. */
  async range(k: TailKeys, lastId: string, count: number): Promise<StreamItem[]> {
    const reply = (await this.redis.xread('COUNT', count, 'STREAMS', k.log, lastId)) as StreamReply;
    return items(reply);
  }

  /** Waits up to `blockMs` for entries after `lastId`, on a connection of the caller's own. */
  static async follow(
    conn: Redis,
    k: TailKeys,
    lastId: string,
    blockMs: number,
  ): Promise<StreamItem[]> {
    const reply = (await conn.xread(
      'COUNT',
      1000,
      'BLOCK',
      blockMs,
      'STREAMS',
      k.log,
      lastId,
    )) as StreamReply;
    return items(reply);
  }
}
