import { EndEventSchema, StatusEventSchema } from '@console/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../test/fake-event-source.js';
import { openLogStream, withLastEventId } from './event-stream.js';

function open() {
  const handlers = { onState: vi.fn(), onLines: vi.fn(), onStatus: vi.fn(), onError: vi.fn() };
  const close = openLogStream(
    '/api/logs/x',
    { status: StatusEventSchema, end: EndEventSchema },
    handlers,
  );
  return { handlers, close, source: FakeEventSource.latest() };
}

describe('openLogStream', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('resumes after a cursor with the query separator the URL needs', () => {
    expect(withLastEventId('/a', null)).toBe('/a');
    expect(withLastEventId('/a', '7')).toBe('/a?last_event_id=7');
    expect(withLastEventId('/a?f=1', '7')).toBe('/a?f=1&last_event_id=7');
  });

  it('hands on lines with their cursor, skips empty or malformed batches', () => {
    const { handlers, source } = open();
    source.open();
    source.emit('log', { lines: ['a'] }, '3');
    source.emit('log', { lines: [] }, '4');
    source.emit('log', { nope: true }, '5');
    expect(handlers.onState).toHaveBeenCalledWith('live');
    expect(handlers.onLines.mock.calls).toEqual([[['a'], '3']]);
  });

  it('says reconnecting on a dropped connection and failed on an error body, then closes', () => {
    const { handlers, source } = open();
    source.drop();
    expect(handlers.onState).toHaveBeenLastCalledWith('reconnecting');
    source.emit('error', { error_code: 'Console.0404', error_msg: 'gone' });
    expect(handlers.onError).toHaveBeenCalledWith('Console.0404: gone');
    expect(handlers.onState).toHaveBeenLastCalledWith('failed');
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
  });
});
