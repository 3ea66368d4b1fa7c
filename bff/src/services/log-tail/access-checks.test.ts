import { describe, expect, it } from 'vitest';
import { AccessChecks } from './access-checks.js';
import type { LogSource } from './log-source.js';

/** A source whose status reads are counted and resolved (or refused) by the test. */
function source(key: string) {
  const pending: { token: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const s = {
    key,
    readStatus: (token: string) =>
      new Promise<number>((resolve, reject) => {
        pending.push({ token, resolve: () => resolve(8), reject });
      }),
  } as unknown as LogSource<number>;
  return { s, pending };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('AccessChecks', () => {
  it('viewers of one log with one token share one upstream read, and a success is reused a while', async () => {
    let now = 0;
    const checks = new AccessChecks(5000, 100, () => now);
    const { s, pending } = source('log-1');
    const all = Promise.all(Array.from({ length: 100 }, () => checks.check(s, 'tok')));
    await settle();
    expect(pending).toHaveLength(1);
    pending[0]!.resolve();
    await all;
    now = 4999;
    await checks.check(s, 'tok');
    expect(pending).toHaveLength(1);
    now = 5000;
    const later = checks.check(s, 'tok');
    await settle();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve();
    await later;
  });

  it('never shares between tokens or logs', async () => {
    const checks = new AccessChecks();
    const one = source('log-1');
    const two = source('log-2');
    void checks.check(one.s, 'a').catch(() => undefined);
    void checks.check(one.s, 'b').catch(() => undefined);
    void checks.check(two.s, 'a').catch(() => undefined);
    await settle();
    expect(one.pending.map((p) => p.token)).toEqual(['a', 'b']);
    expect(two.pending.map((p) => p.token)).toEqual(['a']);
  });

  it('a refusal reaches every waiting viewer and is not reused', async () => {
    const checks = new AccessChecks();
    const { s, pending } = source('log-1');
    const waiting = [checks.check(s, 'tok'), checks.check(s, 'tok')];
    await settle();
    pending[0]!.reject(new Error('ModelArts.0103'));
    for (const w of waiting) await expect(w).rejects.toThrow('ModelArts.0103');
    const again = checks.check(s, 'tok');
    await settle();
    expect(pending).toHaveLength(2);
    pending[1]!.resolve();
    await again;
  });

  it('stays bounded: the oldest entries go first', async () => {
    const checks = new AccessChecks(60_000, 3);
    const { s, pending } = source('log-1');
    for (const t of ['a', 'b', 'c', 'd']) {
      const c = checks.check(s, t);
      await settle();
      pending.at(-1)!.resolve();
      await c;
    }
    await checks.check(s, 'd'); // still known
    expect(pending).toHaveLength(4);
    const a = checks.check(s, 'a'); // forgotten: asked again
    await settle();
    expect(pending).toHaveLength(5);
    pending[4]!.resolve();
    await a;
  });
});
