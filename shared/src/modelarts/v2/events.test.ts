import { describe, expect, it } from 'vitest';
import { eventTime, JobEventsQuerySchema } from './events.js';

describe('events query times (catalog §4.11)', () => {
  it('reads epoch milliseconds and ISO-8601', () => {
    expect(eventTime('1669449791000')).toBe(1669449791000);
    expect(eventTime('2022-11-26T16:03:11+08:00')).toBe(Date.UTC(2022, 10, 26, 8, 3, 11));
  });

  it('refuses a time no Date can hold (the emulator answered 500 for it, found by pnpm fuzz)', () => {
    expect(eventTime('99999999999999999999')).toBeNaN();
    expect(eventTime('8640000000000001')).toBeNaN();
    expect(eventTime('8640000000000000')).toBe(8.64e15);
    const q = JobEventsQuerySchema.safeParse({
      start_time: '317',
      end_time: '99999999999999999999',
    });
    expect(q.success).toBe(false);
    expect(q.error?.issues[0]?.message).toBe(
      'end_time must be epoch milliseconds or an ISO-8601 time',
    );
  });
});
