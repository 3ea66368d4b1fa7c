import { describe, expect, it } from 'vitest';
import { formatMetric, formatTick } from './metric-measures.js';

describe('formatMetric', () => {
  it('shows shares with one decimal and rates in binary steps', () => {
    expect(formatMetric(12.345, 'percent')).toBe('12.3 %');
    expect(formatMetric(512, 'bytesPerSecond')).toBe('512 B/s');
    expect(formatMetric(1536, 'bytesPerSecond')).toBe('1.5 KB/s');
    expect(formatMetric(5 * 1024 ** 3, 'bytesPerSecond')).toBe('5 GB/s');
    expect(formatTick(3 * 1024 ** 2, 'bytesPerSecond')).toBe('3MB');
    expect(formatTick(50, 'percent')).toBe('50');
    expect(formatTick(0.25, 'percent')).toBe('0.25');
    expect(formatTick(0.015, 'percent')).toBe('0.015');
  });
});
