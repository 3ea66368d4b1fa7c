// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DRAWING_MS,
  DRAWN_LINES,
  FIRST_LINES_WAIT_MS,
  MAX_DRAWN_BYTES,
  MORE_LINES_MS,
  parseSse,
  readFirstLines,
} from './first-log-lines.js';

const URL = '/api/logs/job/v2/j?workers=worker-0,worker-1';
const WORKERS = ['worker-0', 'worker-1'];

const sse = (type: string, data: unknown, id?: string) =>
  `${id ? `id: ${id}\n` : ''}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
const log = (worker: string, lines: string[], id: string) => sse('log', { worker, lines }, id);

/**
 * A BFF answering the stream with `chunks` (each sent when the previous one was read; `'hold'`:
 * nothing more until the reader gives up), recording the request and whether it was aborted.
 */
function stream(chunks: (string | Uint8Array | 'hold')[], init: ResponseInit = { status: 200 }) {
  const seen: { url?: string; init?: RequestInit; cancelled: boolean } = { cancelled: false };
  const send = vi.fn(async (url: string, requestInit: RequestInit) => {
    seen.url = url;
    seen.init = requestInit;
    const queue = [...chunks];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = queue.shift();
        if (next === undefined) controller.close();
        else if (next instanceof Uint8Array) controller.enqueue(next);
        else if (next !== 'hold') controller.enqueue(new TextEncoder().encode(next));
        else
          return new Promise<void>((resolve) =>
            requestInit.signal?.addEventListener('abort', () => {
              seen.cancelled = true;
              controller.error(new DOMException('aborted', 'AbortError'));
              resolve();
            }),
          );
      },
    });
    return new Response(body, init);
  });
  return { send, seen };
}

describe('parseSse', () => {
  it('reads whole events (CRLF or LF, several data lines, comments) and keeps the rest', () => {
    const { events, rest } = parseSse(
      ': hello\r\nretry: 2000\r\n\r\nid: 1\r\nevent: log\r\ndata: a\r\ndata:b\r\n\r\nevent: end\ndata: {"x":',
    );
    expect(events).toEqual([{ type: 'log', data: 'a\nb', id: '1' }]);
    expect(rest).toBe('event: end\ndata: {"x":');
    expect(parseSse('data: only\n\n').events).toEqual([{ type: 'message', data: 'only', id: '' }]);
    expect(parseSse('').events).toEqual([]);
  });
});

describe('readFirstLines (a job page drawn with its first log lines)', () => {
  it('reads whole log events up to the first screen’s lines, with the cursor after the last', async () => {
    const many = Array.from({ length: DRAWN_LINES }, (_, i) => `row ${i}`);
    const { send, seen } = stream([
      'retry: 2000\n\n' + sse('status', { phase: 'Running' }),
      log('worker-0', ['a'], '0:1') + log('worker-1', ['b', 'c'], '0:1,1:2'),
      log('worker-0', many, '0:9,1:2') + log('worker-1', ['late'], '0:9,1:3'),
      'hold',
    ]);
    const drawn = await readFirstLines(send, URL, WORKERS);
    expect(drawn).toEqual({
      workers: WORKERS,
      events: [
        { worker: 'worker-0', lines: ['a'] },
        { worker: 'worker-1', lines: ['b', 'c'] },
        { worker: 'worker-0', lines: many },
      ],
      lastEventId: '0:9,1:2',
    });
    expect(seen.url).toBe(URL);
    expect(new Headers(seen.init?.headers).get('accept')).toBe('text/event-stream');
    expect(seen.init?.signal?.aborted).toBe(true); // the stream is closed once read
  });

  afterEach(() => vi.useRealTimers());
  const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });

  it('reads a little longer after the first lines, then closes the stream', async () => {
    fakeClock();
    const { send, seen } = stream([log('worker-0', ['a'], '0:1'), 'hold']);
    const reading = readFirstLines(send, URL, WORKERS);
    await vi.advanceTimersByTimeAsync(MORE_LINES_MS - 1);
    expect(seen.cancelled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(seen.cancelled).toBe(true);
    const drawn = await reading;
    expect(drawn.events).toEqual([{ worker: 'worker-0', lines: ['a'] }]);
    expect(drawn.lastEventId).toBe('0:1');
  });

  it('draws no lines when none come in time, and closes the stream', async () => {
    fakeClock();
    const { send, seen } = stream([sse('status', { phase: 'Running' }), 'hold']);
    const reading = readFirstLines(send, URL, WORKERS);
    await vi.advanceTimersByTimeAsync(FIRST_LINES_WAIT_MS - 1);
    expect(seen.cancelled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(await reading).toEqual({ workers: WORKERS, events: [], lastEventId: '' });
    expect(seen.cancelled).toBe(true);
  });

  it('waits no longer than the drawing’s deadline allows, and not at all past it', async () => {
    fakeClock();
    const { send, seen } = stream([sse('status', { phase: 'Running' }), 'hold']);
    const reading = readFirstLines(send, URL, WORKERS, Date.now() + DRAWING_MS + 200);
    await vi.advanceTimersByTimeAsync(199);
    expect(seen.cancelled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(seen.cancelled).toBe(true);
    expect((await reading).events).toEqual([]);
    const late = stream([log('worker-0', ['a'], '0:1')]);
    const none = await readFirstLines(late.send, URL, WORKERS, Date.now() + DRAWING_MS);
    expect(none.events).toEqual([]);
    expect(late.send).not.toHaveBeenCalled();
  });

  it('puts together events split across reads: inside their JSON, a character, a CRLF', async () => {
    const whole = `id: 0:1\r\nevent: log\r\ndata: ${JSON.stringify({ worker: 'worker-0', lines: ['1 € ok'] })}\r\n\r\n`;
    const bytes = new TextEncoder().encode(whole);
    const euro = bytes.indexOf(0xe2); // the first of the € sign's three bytes
    const crlf = whole.indexOf('\r\nevent');
    const { send } = stream([
      bytes.slice(0, crlf + 1), // "id: 0:1\r" — its "\n" comes next
      bytes.slice(crlf + 1, euro + 1),
      bytes.slice(euro + 1, euro + 2),
      bytes.slice(euro + 2),
    ]);
    expect(await readFirstLines(send, URL, WORKERS)).toEqual({
      workers: WORKERS,
      events: [{ worker: 'worker-0', lines: ['1 € ok'] }],
      lastEventId: '0:1',
    });
  });

  it('stops at the end, a failure, or an event it cannot place; reads on past a preview', async () => {
    const none = { workers: WORKERS, events: [], lastEventId: '' };
    for (const first of [
      sse('end', { phase: 'Completed' }),
      sse('error', { error_code: 'Console.0403', error_msg: 'no' }),
      sse('log', { worker: 'worker-0', lines: ['no id'] }),
      'id: 1\nevent: log\ndata: {not json\n\n',
      sse('log', { worker: 'worker-0', lines: 'not a list' }, '0:1'),
    ]) {
      const { send } = stream([first, log('worker-0', ['after'], '0:2')]);
      expect(await readFirstLines(send, URL, WORKERS)).toEqual(none);
    }
    // lines before the end are kept
    const { send } = stream([log('worker-0', ['a'], '0:1') + sse('end', {})]);
    expect((await readFirstLines(send, URL, WORKERS)).lastEventId).toBe('0:1');
    // a preview (a long log's latest lines while its stream counts them) comes before its lines
    const counting = stream([
      sse('preview', { worker: 'worker-0', lines: ['x'] }),
      log('worker-0', ['a'], '0:1'),
    ]);
    expect(await readFirstLines(counting.send, URL, WORKERS)).toEqual({
      workers: WORKERS,
      events: [{ worker: 'worker-0', lines: ['a'] }],
      lastEventId: '0:1',
    });
    // a worker's failure is not the end of the others
    const failed = stream([
      sse('worker_error', { worker: 'worker-1', error_code: 'X', error_msg: 'y' }),
      log('worker-0', ['a'], '0:1'),
    ]);
    expect((await readFirstLines(failed.send, URL, WORKERS)).lastEventId).toBe('0:1');
  });

  it('leaves a first event too large for the page to the browser’s stream (bytes, not characters)', async () => {
    const big = ['x'.repeat(MAX_DRAWN_BYTES)];
    const { send } = stream([log('worker-0', big, '0:1')]);
    expect((await readFirstLines(send, URL, WORKERS)).events).toEqual([]);
    const fits = stream([log('worker-0', ['x'.repeat(MAX_DRAWN_BYTES - 100)], '0:1')]);
    expect((await readFirstLines(fits.send, URL, WORKERS)).events).toHaveLength(1);
    // three bytes a character: a third as many characters are too many
    const wide = stream([log('worker-0', ['€'.repeat(MAX_DRAWN_BYTES / 3 + 10)], '0:1')]);
    expect((await readFirstLines(wide.send, URL, WORKERS)).events).toEqual([]);
    // an event that never ends is not held beyond the cap either
    const endless = stream([
      `id: 0:1\nevent: log\ndata: {"worker":"worker-0","lines":["`,
      'y'.repeat(MAX_DRAWN_BYTES),
      'hold',
    ]);
    expect((await readFirstLines(endless.send, URL, WORKERS)).events).toEqual([]);
    expect(endless.seen.cancelled).toBe(true);
  });

  it('draws no lines when the stream is refused or fails', async () => {
    const refused = stream([], { status: 403 });
    expect((await readFirstLines(refused.send, URL, WORKERS)).events).toEqual([]);
    const failing = vi.fn(() => Promise.reject(new TypeError('fetch failed')));
    expect((await readFirstLines(failing, URL, WORKERS)).events).toEqual([]);
  });
});
