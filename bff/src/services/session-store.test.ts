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

  it('ends a session that was not used for the idle time; each touch restarts it', () => {
    store = new MemorySessionStore({ now: () => now, idleMs: 120 * MINUTE });
    const id = store.create(session(now + 24 * 60 * MINUTE));
    now += 119 * MINUTE;
    expect(store.get(id)).toBeDefined();
    store.touch(id);
    now += 119 * MINUTE;
    expect(store.get(id)).toBeDefined();
    now += 1 * MINUTE;
    expect(store.get(id)).toBeUndefined();
    // Once ended, a touch does not bring it back.
    store.touch(id);
    expect(store.get(id)).toBeUndefined();
  });

  it('ends a session with its token however active it is (absolute timeout)', () => {
    store = new MemorySessionStore({ now: () => now, idleMs: 120 * MINUTE });
    const id = store.create(session(now + 30 * MINUTE));
    for (let i = 0; i < 29; i++) {
      now += MINUTE;
      store.touch(id);
    }
    expect(store.get(id)).toBeDefined();
    now += MINUTE;
    expect(store.get(id)).toBeUndefined();
  });
});
