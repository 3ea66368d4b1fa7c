import { afterEach, describe, expect, it, vi } from 'vitest';
import { logDroppedItems } from './dropped-items-log';

describe('logDroppedItems', () => {
  afterEach(() => vi.restoreAllMocks());

  it('logs a list’s dropped items once, and again only when the count changes', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    logDroppedItems('AI engines', 1);
    logDroppedItems('AI engines', 1);
    logDroppedItems('AI engines', 0);
    logDroppedItems('AI engines', 2);
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      '[console] 1 item(s) of the AI engines list could not be read and are left out',
      '[console] 2 item(s) of the AI engines list could not be read and are left out',
    ]);
  });
});
