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

  it('remembers that the stream skipped bytes (its lines are no longer numbered as the log)', () => {
    const buffer = new LogBuffer(3);
    buffer.append(['[console] not a gap', 'a']);
    expect(buffer.gap).toBe(false);
    buffer.append(['[console] 1048576 bytes skipped: older than the 5 MB preview window', 'b']);
    buffer.append(['c', 'd', 'e']);
    expect(buffer.gap).toBe(true);
  });
});
