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
    expect(handlers.onLines.mock.calls).toEqual([[['a'], '3', undefined, undefined]]);
  });

  it("hands on which lines are the console's own, on a log stream and on a job stream", () => {
    const { handlers, source } = open();
    source.open();
    source.emit('log', { lines: ['[console] 3 bytes skipped: x', 'a'], console: [0] }, '3');
    source.emit('log', { worker: 'w1', lines: ['b', 'c'], console: [1] }, '4');
    // a list that is not one: the lines are the log's
    source.emit('log', { lines: ['d'], console: [-1] }, '5');
    expect(handlers.onLines.mock.calls).toEqual([
      [['[console] 3 bytes skipped: x', 'a'], '3', undefined, [0]],
      [['b', 'c'], '4', 'w1', [1]],
      [['d'], '5', undefined, undefined],
    ]);
  });

  it('hands on a job stream’s previews with their worker, skips empty or malformed ones', () => {
    const { handlers, source } = open();
    const onPreview = vi.fn();
    Object.assign(handlers, { onPreview });
    source.emit('preview', { worker: 'w0', lines: ['p1', 'p2'] });
    source.emit('preview', { worker: 'w0', lines: [] });
    source.emit('preview', { lines: ['no worker'] });
    source.emit('preview', { worker: 'w1', lines: 'not a list' });
    expect(onPreview.mock.calls).toEqual([['w0', ['p1', 'p2']]]);
    expect(handlers.onLines).not.toHaveBeenCalled();
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

describe('openLogStream when the browser gives up (a BFF restarting)', () => {
  const schemas = { status: StatusEventSchema, end: EndEventSchema };
  const handlers = () => ({
    onState: vi.fn(),
    onLines: vi.fn(),
    onStatus: vi.fn(),
    onError: vi.fn(),
  });
  beforeEach(() => {
    vi.useFakeTimers();
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('opens with the cursor it is given', () => {
    openLogStream('/api/logs/x?f=1', schemas, handlers(), { lastEventId: '12' });
    expect(FakeEventSource.latest().url).toBe('/api/logs/x?f=1&last_event_id=12');
  });

  it('reopens a CLOSED stream after the last line it handed on, backing off up to a cap', () => {
    const h = handlers();
    openLogStream('/api/logs/x', schemas, h, {
      lastEventId: '1',
      reopen: { initialMs: 100, maxMs: 300 },
    });
    const first = FakeEventSource.latest();
    first.open();
    first.emit('log', { lines: ['a', 'b'] }, '3');
    first.refuse();
    expect(h.onState).toHaveBeenLastCalledWith('reconnecting');
    expect(h.onError).not.toHaveBeenCalled();
    vi.advanceTimersByTime(99);
    expect(FakeEventSource.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    const waits: number[] = [];
    // refused again and again: 100, then 200, then 300 (the cap), 300…
    for (let i = 0; i < 4; i++) {
      const before = FakeEventSource.instances.length;
      FakeEventSource.latest().refuse();
      let waited = 0;
      while (FakeEventSource.instances.length === before) {
        vi.advanceTimersByTime(10);
        waited += 10;
      }
      waits.push(waited);
    }
    expect(waits).toEqual([200, 300, 300, 300]);
    for (const source of FakeEventSource.instances.slice(1)) {
      expect(source.url).toBe('/api/logs/x?last_event_id=3');
    }
    expect(h.onState).not.toHaveBeenCalledWith('failed');
    // back: live, the lines go on, and the backoff starts again from the first wait
    const back = FakeEventSource.latest();
    back.open();
    back.emit('log', { lines: ['c'] }, '4');
    expect(h.onState).toHaveBeenLastCalledWith('live');
    expect(h.onLines.mock.calls.map((c) => c[0] as string[]).flat()).toEqual(['a', 'b', 'c']);
    back.refuse();
    vi.advanceTimersByTime(100);
    expect(FakeEventSource.latest().url).toBe('/api/logs/x?last_event_id=4');
  });

  it('an error event with a body still ends the stream: no reopening', () => {
    const h = handlers();
    openLogStream('/api/logs/x', schemas, h, { reopen: { initialMs: 10, maxMs: 10 } });
    const source = FakeEventSource.latest();
    source.emit('error', { error_code: 'Console.0401', error_msg: 'session ended' });
    source.refuse();
    vi.advanceTimersByTime(1000);
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(h.onError).toHaveBeenCalledWith('Console.0401: session ended');
    expect(h.onState).toHaveBeenLastCalledWith('failed');
  });

  it('closing it cancels a reopen that was waiting', () => {
    const close = openLogStream('/api/logs/x', schemas, handlers(), {
      reopen: { initialMs: 10, maxMs: 10 },
    });
    FakeEventSource.latest().refuse();
    close();
    vi.advanceTimersByTime(1000);
    expect(FakeEventSource.instances).toHaveLength(1);
  });
});
