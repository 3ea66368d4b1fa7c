import { afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../lib/i18n/i18n.js';
import { formatDuration, formatTime } from './format.js';

afterEach(() => switchLanguage('en'));

describe('formatDuration', () => {
  it('formats seconds, minutes and hours', () => {
    expect(formatDuration(42_000)).toBe('42s');
    expect(formatDuration(125_000)).toBe('2m 05s');
    expect(formatDuration(3_723_000)).toBe('1h 02m 03s');
  });
  it('says hours, minutes and seconds in words in Chinese', async () => {
    await switchLanguage('zh-CN');
    expect(formatDuration(42_000)).toBe('42秒');
    expect(formatDuration(125_000)).toBe('2分05秒');
    expect(formatDuration(3_723_000)).toBe('1小时02分03秒');
  });
  it('shows a dash when unknown', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatTime(undefined)).toBe('—');
  });
});
