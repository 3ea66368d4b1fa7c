import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import { connectRedis } from '../redis/redis-connection.js';
import { startRedis, type RedisServer } from '../test-support/redis-server.js';
import { RedisV1JobOwners, V1JobOwners } from './job-owners.js';

describe('v1 job owners', () => {
  let server: RedisServer;
  const conns: Redis[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    for (const c of conns) c.disconnect();
    await server?.kill();
  });
  const connect = () => {
    const c = connectRedis(server.url, createLogger('silent'), 'owners-test');
    conns.push(c);
    return c;
  };

  it('in memory: by project and job name', async () => {
    const o = new V1JobOwners();
    await o.record('eu-de', 'job-a', 'otto');
    expect(await o.ownersOf('eu-de', ['job-a', 'job-b'])).toEqual(['otto', undefined]);
    expect(await o.ownersOf('eu-nl', ['job-a'])).toEqual([undefined]);
  });

  it('in Redis: recorded by one replica, known to another and to a restarted one', async () => {
    await new RedisV1JobOwners(connect()).record('eu-de', 'job-a', 'otto');
    const other = new RedisV1JobOwners(connect());
    expect(await other.ownersOf('eu-de', ['job-a', 'job-b'])).toEqual(['otto', undefined]);
    expect(await other.ownersOf('eu-nl', ['job-a'])).toEqual([undefined]);
    expect(await other.ownersOf('eu-de', [])).toEqual([]);
  });
});
