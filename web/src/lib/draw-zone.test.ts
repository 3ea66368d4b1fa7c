import { afterEach, describe, expect, it } from 'vitest';
import { formatTime } from '../components/format.js';
import { formatClock } from './i18n/format.js';
import { dateTimeIn, drawZone, setDrawZone } from './draw-zone.js';

// 1_700_000_500_000 ms = 2023-11-14 22:21:40 UTC
const AT = 1_700_000_500_000;

afterEach(() => setDrawZone(undefined));

describe('the zone times are drawn in', () => {
  it('formats a date and time in a named zone, zero-padded, 24-hour', () => {
    expect(dateTimeIn(AT, 'UTC')).toBe('2023-11-14 22:21:40');
    expect(dateTimeIn(AT, 'Asia/Shanghai')).toBe('2023-11-15 06:21:40');
    expect(dateTimeIn(AT, 'America/New_York')).toBe('2023-11-14 17:21:40');
    expect(dateTimeIn(Date.UTC(2024, 0, 2, 0, 5, 9), 'UTC')).toBe('2024-01-02 00:05:09');
  });

  it('is the local zone until set, and the list’s times follow it', () => {
    expect(drawZone()).toBeUndefined();
    const local = formatTime(AT);
    setDrawZone('Asia/Shanghai');
    expect(formatTime(AT)).toBe('2023-11-15 06:21:40');
    expect(formatClock(AT)).toBe('06:21:40');
    setDrawZone('America/New_York');
    expect(formatClock(AT)).toBe('17:21:40');
    setDrawZone(undefined);
    expect(formatTime(AT)).toBe(local);
  });
});
