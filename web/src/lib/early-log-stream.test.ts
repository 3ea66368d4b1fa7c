import { EndEventSchema, StatusEventSchema } from '@console/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource } from '../test/fake-event-source.js';
import { openStreamEarly, takeEarlyStream, UNCLAIMED_MS } from './early-log-stream.js';
import { openLogStream } from './event-stream.js';

const schemas = { status: StatusEventSchema, end: EndEventSchema };
const handlers = () => ({
  onState: vi.fn(),
  onLines: vi.fn(),
  onStatus: vi.fn(),
  onError: vi.fn(),
});

describe('a log stream opened early and taken over by its view', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('hands on what arrived before the view, in order, then what follows, over one connection', () => {
    openStreamEarly('/api/logs/job/a');
    openStreamEarly('/api/logs/job/a'); // one per URL
    const early = FakeEventSource.latest();
    early.open();
    early.emit('log', { worker: 'worker-0', lines: ['one'] }, 'c1');
    early.emit('status', { status: 8, name: 'Running' });
    const h = handlers();
    const close = openLogStream('/api/logs/job/a', schemas, h);
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(h.onState).toHaveBeenCalledWith('live');
    expect(h.onLines.mock.calls).toEqual([[['one'], 'c1', 'worker-0', undefined]]);
    expect(h.onStatus).toHaveBeenCalledWith({ status: 8, name: 'Running' });
    early.emit('log', { worker: 'worker-0', lines: ['two'] }, 'c2');
    expect(h.onLines.mock.calls.at(-1)).toEqual([['two'], 'c2', 'worker-0', undefined]);
    close();
    expect(early.readyState).toBe(FakeEventSource.CLOSED);
    // taken once: a later view opens its own
    expect(takeEarlyStream('/api/logs/job/a')).toBeUndefined();
  });

  it('hands on a preview and a worker error that arrived before the view', () => {
    openStreamEarly('/api/logs/job/p');
    const early = FakeEventSource.latest();
    early.open();
    early.emit('preview', { worker: 'w0', lines: ['latest'] });
    early.emit('worker_error', { worker: 'w1', error_code: 'X.1', error_msg: 'gone' });
    const h = { ...handlers(), onPreview: vi.fn(), onWorkerError: vi.fn() };
    const close = openLogStream('/api/logs/job/p', schemas, h);
    expect(h.onPreview.mock.calls).toEqual([['w0', ['latest']]]);
    expect(h.onWorkerError.mock.calls).toEqual([['w1', 'X.1: gone']]);
    close();
  });

  it('ends at once when the stream already ended before the view', () => {
    openStreamEarly('/api/logs/job/b');
    const early = FakeEventSource.latest();
    early.open();
    early.emit('log', { worker: 'w', lines: ['last'] }, 'c9');
    early.emit('end', { status: 10, name: 'Completed' });
    const h = handlers();
    openLogStream('/api/logs/job/b', schemas, h);
    expect(h.onLines).toHaveBeenCalledTimes(1);
    expect(h.onState).toHaveBeenLastCalledWith('ended');
    expect(early.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('is not taken by a view that resumes elsewhere, and closes when no view claims it', () => {
    openStreamEarly('/api/logs/job/c');
    const early = FakeEventSource.latest();
    openLogStream('/api/logs/job/c', schemas, handlers(), { lastEventId: '5' });
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(early.readyState).toBe(FakeEventSource.CONNECTING);
    vi.advanceTimersByTime(UNCLAIMED_MS - 1);
    expect(early.readyState).toBe(FakeEventSource.CONNECTING);
    vi.advanceTimersByTime(1);
    expect(early.readyState).toBe(FakeEventSource.CLOSED);
    expect(takeEarlyStream('/api/logs/job/c')).toBeUndefined();
  });

  it('is not taken once the browser gave it up: the view opens a new one', () => {
    openStreamEarly('/api/logs/job/d');
    FakeEventSource.latest().refuse();
    const h = handlers();
    openLogStream('/api/logs/job/d', schemas, h);
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(FakeEventSource.latest().url).toBe('/api/logs/job/d');
    expect(h.onState).not.toHaveBeenCalledWith('reconnecting');
  });
});
