import { describe, expect, it } from 'vitest';
import { PageChain } from './page-chain.js';

describe('PageChain', () => {
  it('links pages by their boundaries and finds where a cursor resumes', () => {
    const c = new PageChain('0');
    expect(c.indexAfter('0')).toBe(0);
    c.append({ to: '105', count: 2, lines: ['a', 'b'] });
    c.append({ to: '230', count: 1, lines: ['c'] });
    expect(c.head).toBe('230');
    expect(c.page(1).from).toBe('105');
    expect(c.indexAfter('0')).toBe(0);
    expect(c.indexAfter('105')).toBe(1);
    expect(c.indexAfter('230')).toBe(2);
    expect(c.indexAfter('106')).toBeUndefined();
  });

  it('evicts the oldest content but keeps boundaries and counts', () => {
    const c = new PageChain('0', 3);
    c.append({ to: '2', count: 2, lines: ['1', '2'] });
    c.append({ to: '4', count: 2, lines: ['3', '4'] });
    expect(c.page(0).lines).toBeUndefined();
    expect(c.page(0)).toMatchObject({ from: '0', to: '2', count: 2 });
    expect(c.page(1).lines).toEqual(['3', '4']);
    expect(c.indexAfter('2')).toBe(1);
  });

  it('keeps at most maxLines of content, dropping the oldest pages first, never the newest', () => {
    const c = new PageChain('0', 3);
    const held = () => [0, 1, 2, 3].slice(0, c.length).map((i) => c.page(i).lines !== undefined);
    c.append({ to: '2', count: 2, lines: ['1', '2'] });
    c.append({ to: '3', count: 1, lines: ['3'] });
    expect(held()).toEqual([true, true]); // 3 lines: at the bound, not over it
    c.append({ to: '5', count: 2, lines: ['4', '5'] });
    expect(held()).toEqual([false, true, true]); // 5 → 3: only the oldest page goes
    // one page larger than the bound: the older ones go, the newest stays whole
    c.append({ to: '15', count: 10, lines: Array.from({ length: 10 }, (_, i) => `${6 + i}`) });
    expect(held()).toEqual([false, false, false, true]);
    expect(c.page(3).lines).toHaveLength(10);
    c.append({ to: '16', count: 1, lines: ['16'] });
    expect(c.page(3).lines).toBeUndefined();
    expect(c.page(4).lines).toEqual(['16']);
    expect(() => c.page(5)).toThrow(RangeError);
  });
});
