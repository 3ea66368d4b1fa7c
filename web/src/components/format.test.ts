import { describe, expect, it } from 'vitest';
import { formatDuration, formatTime } from './format.js';

describe('formatDuration', () => {
  it('formats seconds, minutes and hours', () => {
    expect(formatDuration(42_000)).toBe('42s');
    expect(formatDuration(125_000)).toBe('2m 05s');
    expect(formatDuration(3_723_000)).toBe('1h 02m 03s');
  });
  it('shows a dash when unknown', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatTime(undefined)).toBe('—');
  });
});
