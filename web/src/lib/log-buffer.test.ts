import { describe, expect, it } from 'vitest';
import { LogBuffer } from './log-buffer.js';

describe('LogBuffer', () => {
  it('keeps the newest lines up to its cap', () => {
    const buffer = new LogBuffer(3);
    buffer.append(['a', 'b']);
    buffer.append(['c', 'd', 'e']);
    expect(buffer.lines).toEqual(['c', 'd', 'e']);
    expect(buffer.dropped).toBe(2);
  });
});
