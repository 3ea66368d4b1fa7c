import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ModelArtsCallError,
  type AomPage,
  type AomQuery,
  type LogTarget,
} from '../../clients/modelarts-client.js';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { RecordingSink, until } from '../../test-support/recording-sink.js';
import { startRedis, type RedisServer } from '../../test-support/redis-server.js';
import { AomLogSource } from './aom-log-source.js';
import { SharedTailRegistry } from './shared-tail-registry.js';

const logger = pino({ level: 'silent' });
let server: RedisServer;
const opened: { registry: SharedTailRegistry<number>; redis: Redis }[] = [];

beforeAll(async () => {
  server = await startRedis();
});
afterAll(async () => {
  await server.stop();
});
afterEach(async () => {
  for (const r of opened.splice(0)) {
    r.registry.closeAll();
    r.redis.disconnect();
  }
  const admin = new Redis(server.url);
  await admin.flushall();
  admin.disconnect();
});

/** One replica: its own connection and registry, sharing the Redis server. */
function replica(name: string, o: { maxPollers?: number; perAccount?: number } = {}) {
  const redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  const registry = new SharedTailRegistry<number>({
    redis,
    replicaId: name,
    intervalMs: 40,
    idleGraceMs: 10_000,
    logger,
    maxPollers: o.maxPollers ?? 100,
    maxPerAccount: o.perAccount ?? 100,
  });
  opened.push({ registry, redis });
  return registry;
}

/** Remembers the token of every upstream log read (each replica's viewers have their own). */
class TokenClient extends FakeLogClient {
  readonly tokens: string[] = [];
  override readAomLog(t: LogTarget, token: string, q: AomQuery): Promise<AomPage> {
    this.tokens.push(token);
    return super.readAomLog(t, token, q);
  }
}

/** Fails the status read with a permanent upstream error until told otherwise. */
class FailingStatusClient extends FakeLogClient {
  fail = true;
  override async versionStatus(t: LogTarget, token: string): Promise<number> {
    if (this.fail) {
      throw new ModelArtsCallError(
        404,
        { error_code: 'ModelArts.0103', error_msg: 'The job does not exist' },
        false,
      );
    }
    return super.versionStatus(t, token);
  }
}

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'job-a.0' };

async function view(
  r: SharedTailRegistry<number>,
  client: FakeLogClient,
  after?: string,
  account = 'a',
  token = 'token',
) {
  const sink = new RecordingSink<number>();
  const close = await r.open({
    source: new AomLogSource(client, target),
    after,
    sink,
    token: () => token,
    account,
  });
  return { sink, close };
}

describe('SharedTailRegistry (real redis-server)', () => {
  it('feeds viewers on two replicas from one upstream poller, every line once, same ids', async () => {
    const client = new TokenClient();
    client.status = 8;
    client.print(30);
    const a = replica('a');
    const b = replica('b');
    const viewers = await Promise.all([
      view(a, client, undefined, 'a', 'token-a'),
      view(a, client, undefined, 'a', 'token-a'),
      view(b, client, undefined, 'b', 'token-b'),
    ]);
    client.print(20);
    await until(() => viewers.every((v) => v.sink.lines.length === 50));
    const expected = client.lines.slice(0, 50);
    for (const v of viewers) expect(v.sink.lines).toEqual(expected);
    expect(viewers[2]!.sink.ids).toEqual(viewers[0]!.sink.ids);
    // Exactly one replica polled (with its own viewers' token) and holds the lease.
    expect(new Set(client.tokens).size).toBe(1);
    expect(a.stats().holding! + b.stats().holding!).toBe(1);
  });

  it('resumes a viewer on the other replica after the id it last got', async () => {
    const client = new FakeLogClient();
    client.print(10);
    const a = replica('a');
    const b = replica('b');
    const first = await view(a, client);
    await until(() => first.sink.lines.length === 10);
    first.close();
    client.print(5);
    const again = await view(b, client, first.sink.ids.at(-1));
    await until(() => again.sink.lines.length === 5);
    expect(again.sink.lines).toEqual(['line 11', 'line 12', 'line 13', 'line 14', 'line 15']);
  });

  it('another replica takes over from the last published cursor when the holder goes', async () => {
    const client = new TokenClient();
    client.print(10);
    const a = replica('a');
    const b = replica('b');
    const onA = await view(a, client, undefined, 'a', 'token-a');
    await until(() => onA.sink.lines.length === 10 && a.stats().holding === 1);
    const onB = await view(b, client, undefined, 'b', 'token-b');
    await until(() => onB.sink.lines.length === 10);
    await a.handOver();
    const before = client.tokens.length;
    client.print(10);
    await until(() => onB.sink.lines.length === 20 && b.stats().holding === 1);
    expect(onB.sink.lines).toEqual(client.lines);
    expect(new Set(client.tokens.slice(0, before))).toEqual(new Set(['token-a']));
    expect(new Set(client.tokens.slice(before))).toEqual(new Set(['token-b']));
  });

  it('ends every viewer when the job is over and the log drained', async () => {
    const client = new FakeLogClient();
    client.print(5);
    client.status = 10;
    const a = replica('a');
    const b = replica('b');
    const one = await view(a, client);
    const two = await view(b, client);
    await until(() => one.sink.ended !== undefined && two.sink.ended !== undefined);
    expect([one.sink.lines.length, two.sink.lines.length]).toEqual([5, 5]);
    // A viewer opening later gets the whole log and the end from the stream alone.
    const reads = client.reads.length;
    const late = await view(b, client);
    await until(() => late.sink.ended !== undefined);
    expect(late.sink.lines).toEqual(client.lines);
    expect(client.reads.length).toBe(reads);
  });

  it('counts pollers of all replicas against one budget, joining a polled log is free', async () => {
    const client = new FakeLogClient();
    client.print(3);
    const other = new FakeLogClient();
    other.print(3);
    const a = replica('a', { maxPollers: 1 });
    const b = replica('b', { maxPollers: 1 });
    await view(a, client);
    await expect(view(b, client)).resolves.toBeDefined();
    const refused = b.open({
      source: new AomLogSource(other, { ...target, jobId: '9' }),
      after: undefined,
      sink: new RecordingSink<number>(),
      token: () => 'token',
      account: 'b',
    });
    await expect(refused).rejects.toMatchObject({ status: 429 });
  });

  it('a replica whose viewers all left gives the lease up to one that has viewers', async () => {
    const client = new TokenClient();
    client.print(5);
    const a = replica('a');
    const b = replica('b');
    const onA = await view(a, client, undefined, 'a', 'token-a');
    await until(() => a.stats().holding === 1);
    const onB = await view(b, client, undefined, 'b', 'token-b');
    await until(() => onB.sink.lines.length === 5);
    onA.close();
    await until(() => b.stats().holding === 1 && a.stats().holding === 0);
    client.print(3);
    await until(() => onB.sink.lines.length === 8);
    expect(onB.sink.lines).toEqual(client.lines);
  });

  it('a cursor the stream does not hold gets an exact poller of its own', async () => {
    const client = new FakeLogClient();
    client.print(10);
    const a = replica('a');
    const first = await view(a, client);
    await until(() => first.sink.lines.length === 10);
    // line 4's cursor is inside a page, not a boundary of the shared chain
    const inside = await view(a, client, client.cursor(4));
    await until(() => inside.sink.lines.length === 6);
    expect(inside.sink.lines).toEqual(client.lines.slice(4));
    expect(a.stats()).toMatchObject({ private: 1, privateStarted: 1 });
    inside.close();
    expect(a.stats().private).toBe(0);
  });

  it('a log whose poller failed is tried afresh by the next viewer', async () => {
    const client = new FakeLogClient();
    client.print(3);
    const a = replica('a');
    const failing = new FailingStatusClient();
    failing.print(3);
    const broken = await view(a, failing);
    await until(() => broken.sink.errors.length === 1);
    expect(broken.sink.errors[0]!.error_code).toBe('ModelArts.0103');
    failing.fail = false;
    const again = await view(replica('b'), failing);
    await until(() => again.sink.lines.length === 3);
    expect(again.sink.errors).toEqual([]);
  });

  it('rides out a Redis restart: viewers are told it retries, then go on with nothing lost or repeated', async () => {
    const client = new FakeLogClient();
    client.print(5);
    const a = replica('a');
    const b = replica('b');
    const one = await view(a, client);
    const two = await view(b, client);
    await until(() => one.sink.lines.length === 5 && two.sink.lines.length === 5);
    await server.stop();
    client.print(5);
    await until(() => one.sink.retries.length > 0 && two.sink.retries.length > 0, 10_000);
    expect(one.sink.retries[0]!.body.error_code).toBe('Console.0530');
    await server.start();
    client.print(5);
    await until(() => one.sink.lines.length === 15 && two.sink.lines.length === 15, 20_000);
    expect(one.sink.lines).toEqual(client.lines);
    expect(two.sink.lines).toEqual(client.lines);
  }, 30_000);
});
