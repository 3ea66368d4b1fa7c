import { afterEach, describe, expect, it } from 'vitest';
import { MemorySessionStore, type Session } from './session-store.js';

const MINUTE = 60_000;
const session = (expiresAt: number): Session => ({
  token: 'MIItoken',
  projectId: 'p',
  projectName: 'eu-de',
  user: 'u',
  domain: 'd',
  expiresAt,
});

describe('MemorySessionStore', () => {
  let now = 1_000_000;
  let store: MemorySessionStore;
  afterEach(() => store.close());

  it('ends a session that was not used for the idle time; each touch restarts it', async () => {
    store = new MemorySessionStore({ now: () => now, idleMs: 120 * MINUTE });
    const id = await store.create(session(now + 24 * 60 * MINUTE));
    now += 119 * MINUTE;
    expect(await store.get(id)).toBeDefined();
    expect(await store.touch(id)).toBe(true);
    now += 119 * MINUTE;
    expect(await store.get(id)).toBeDefined();
    now += 1 * MINUTE;
    expect(await store.get(id)).toBeUndefined();
    expect(store.cached(id)).toBeUndefined();
    // Once ended, a touch does not bring it back.
    expect(await store.touch(id)).toBe(false);
    expect(await store.get(id)).toBeUndefined();
  });

  it('ends a session with its token however active it is (absolute timeout)', async () => {
    store = new MemorySessionStore({ now: () => now, idleMs: 120 * MINUTE });
    const id = await store.create(session(now + 30 * MINUTE));
    for (let i = 0; i < 29; i++) {
      now += MINUTE;
      await store.touch(id);
    }
    expect(await store.get(id)).toBeDefined();
    expect(store.cached(id)).toBeDefined();
    now += MINUTE;
    expect(store.cached(id)).toBeUndefined();
    expect(await store.get(id)).toBeUndefined();
  });

  it('tells its listeners when a session is deleted; the cached view drops it', async () => {
    store = new MemorySessionStore({ now: () => now });
    const id = await store.create(session(now + 30 * MINUTE));
    const ended: string[] = [];
    const off = store.onEnded((e) => ended.push(e));
    expect(store.cached(id)?.token).toBe('MIItoken');
    await store.delete(id);
    expect(ended).toEqual([id]);
    expect(store.cached(id)).toBeUndefined();
    off();
    await store.delete(id);
    expect(ended).toEqual([id]);
  });
});
