import { afterEach, describe, expect, it } from 'vitest';
import { formatClock, formatNumber } from './format.js';
import { switchLanguage } from './i18n.js';

afterEach(() => switchLanguage('en'));

describe('formats in the console language', () => {
  it('groups digits and keeps a 24-hour clock in both languages', async () => {
    const at = new Date(2026, 11, 6, 19, 40, 1).getTime();
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatClock(at)).toBe('19:40:01');
    await switchLanguage('zh-CN');
    expect(formatNumber(12345.5, { maximumFractionDigits: 1 })).toBe('12,345.5');
    expect(formatClock(at)).toBe('19:40:01');
    expect(formatNumber(0.5, { style: 'percent' })).toBe('50%');
  });
});
