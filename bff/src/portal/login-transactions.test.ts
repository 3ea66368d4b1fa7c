import { describe, expect, it } from 'vitest';
import { LoginTransactions } from './login-transactions.js';

const tx = (n: number) => ({ state: `s${n}`, nonce: `n${n}`, codeVerifier: `v${n}` });

describe('LoginTransactions', () => {
  it('gives a sign-in back once, by its id', () => {
    const t = new LoginTransactions();
    const id = t.add(tx(1));
    expect(id).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(t.take(id)).toEqual(tx(1));
    expect(t.take(id)).toBeUndefined();
    expect(t.take(undefined)).toBeUndefined();
    expect(t.take('unknown')).toBeUndefined();
  });

  it('forgets a sign-in after its time', () => {
    let now = 0;
    const t = new LoginTransactions(1000, 10, () => now);
    const a = t.add(tx(1));
    const b = t.add(tx(2));
    now = 999;
    expect(t.take(a)).toEqual(tx(1));
    now = 1000;
    expect(t.take(b)).toBeUndefined();
  });

  it('drops the oldest beyond its bound', () => {
    const t = new LoginTransactions(60_000, 2);
    const ids = [1, 2, 3].map((n) => t.add(tx(n)));
    expect(t.take(ids[0])).toBeUndefined();
    expect(t.take(ids[1])).toEqual(tx(2));
    expect(t.take(ids[2])).toEqual(tx(3));
  });
});
