import fc from 'fast-check';
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

describe('the cached formatters', () => {
  it('write what toLocaleString writes, for any time, number and options, in both languages', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      await switchLanguage(language);
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 4_102_444_800_000 }),
          fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
          fc.constantFrom<Intl.NumberFormatOptions | undefined>(
            undefined,
            { maximumFractionDigits: 1 },
            { style: 'percent' },
            { maximumFractionDigits: 0 },
          ),
          (ms, value, options) => {
            expect(formatClock(ms)).toBe(
              new Date(ms).toLocaleTimeString(language, { hour12: false }),
            );
            expect(formatNumber(value, options)).toBe(value.toLocaleString(language, options));
          },
        ),
        { seed: 1207, numRuns: 300 },
      );
    }
  });
});
