import { describe, expect, it } from 'vitest';
import { MemoryClaims } from './notify-claims.js';

describe('MemoryClaims', () => {
  it('gives a key to its first caller only, until the claim expires', async () => {
    let t = 0;
    const c = new MemoryClaims(1000, 10, () => t);
    expect(await c.claim('v1:p:1:2')).toBe(true);
    expect(await c.claim('v1:p:1:2')).toBe(false);
    expect(await c.claim('v2:p:x')).toBe(true);
    t = 1001;
    expect(await c.claim('v1:p:1:2')).toBe(true);
  });

  it('keeps at most `max` claims (the oldest go first) and can forget one', async () => {
    const c = new MemoryClaims(60_000, 3, () => 0);
    for (const k of ['a', 'b', 'c', 'd']) expect(await c.claim(k)).toBe(true);
    expect(await c.claim('a')).toBe(true); // forgotten: beyond the bound
    expect(await c.claim('d')).toBe(false);
    c.forget('d');
    expect(await c.claim('d')).toBe(true);
  });
});
