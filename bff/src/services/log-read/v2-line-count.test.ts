import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeV2LogClient } from '../../test-support/fake-v2-log-client.js';
import { countNewlines, newlinesIn, v2LineCounter } from './v2-line-count.js';

const TARGET = { projectId: 'p', jobId: 'j', taskId: 'worker-0' };

/** A log file server: answers `Range: bytes=a-b` with 206 unless `ranges` is off; counts requests. */
class FileServer {
  readonly server = http.createServer((req, res) => this.answer(req, res));
  file = Buffer.alloc(0);
  ranges = true;
  requests: (string | undefined)[] = [];
  /** Answers nothing until released (a stalled OBS). */
  stall = false;

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.requests.push(req.headers.range);
    if (this.stall) return;
    const m = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
    if (!this.ranges || !m) {
      res.end(this.file);
      return;
    }
    const [start, end] = [Number(m[1]), Math.min(Number(m[2]), this.file.length - 1)];
    res.writeHead(206, { 'content-range': `bytes ${start}-${end}/${this.file.length}` });
    res.end(this.file.subarray(start, end + 1));
  }
}

describe('v2LineCounter (lines of a stretch of the full log file)', () => {
  const files = new FileServer();
  const client = new FakeV2LogClient();

  beforeAll(async () => {
    files.server.listen(0, '127.0.0.1');
    await once(files.server, 'listening');
    client.obsUrl = `${files.origin}/log?signature=s`;
  });
  afterAll(() => files.server.close());

  const counter = (over: object = {}) =>
    v2LineCounter({ v2: client, modelartsEndpoint: files.origin, obsDownloadHosts: [], ...over });

  it('counts the lines of bytes [from, to) with a range read, and remembers the answer', async () => {
    files.file = Buffer.from('a\nbb\n損\ncc\nd');
    files.requests = [];
    const count = counter();
    expect(await count(TARGET, 'tok', 0, 5)).toBe(2);
    expect(await count(TARGET, 'tok', 2, 11)).toBe(2); // "bb\n損\ncc"
    expect(await count(TARGET, 'tok', 0, 5)).toBe(2);
    expect(files.requests).toEqual(['bytes=0-4', 'bytes=2-10']);
    expect(await count(TARGET, 'tok', 3, 3)).toBe(0);
  });

  it('counts from the whole file when the server ignores the range', async () => {
    files.file = Buffer.from('x\n'.repeat(50_000));
    files.ranges = false;
    try {
      expect(await counter()(TARGET, 'tok', 30_001, 70_001)).toBe(20_000);
    } finally {
      files.ranges = true;
    }
  });

  it('does not know (undefined) what the file does not hold yet, and asks again later', async () => {
    files.file = Buffer.from('a\nb\n');
    files.requests = [];
    const count = counter();
    expect(await count(TARGET, 'tok', 0, 10)).toBeUndefined();
    files.file = Buffer.from('a\nb\nc\nd\ne\n');
    expect(await count(TARGET, 'tok', 0, 10)).toBe(5);
    expect(files.requests).toHaveLength(2);
  });

  it('gives up on a stalled file, a stretch over its byte cap, and a refused link', async () => {
    files.file = Buffer.from('a\n');
    files.stall = true;
    try {
      expect(await counter({ timeoutMs: 200 })(TARGET, 'tok', 0, 2)).toBeUndefined();
    } finally {
      files.stall = false;
    }
    files.requests = [];
    expect(await counter({ maxBytes: 1 })(TARGET, 'tok', 0, 2)).toBeUndefined();
    expect(await counter()(TARGET, 'tok', 2, 1)).toBeUndefined();
    expect(files.requests).toEqual([]);
    const elsewhere = new FakeV2LogClient();
    elsewhere.obsUrl = 'http://evil.example/log';
    const refused = v2LineCounter({
      v2: elsewhere,
      modelartsEndpoint: files.origin,
      obsDownloadHosts: [],
    });
    expect(await refused(TARGET, 'tok', 0, 2)).toBeUndefined();
  });
});

describe('countNewlines', () => {
  it('skips, then counts exactly `length` bytes across chunks, and stops reading there', async () => {
    const chunks = ['ab\n', 'c\nd', '\n\n', 'e\n'];
    let pulled = 0;
    const stream = Readable.from(
      (function* () {
        for (const c of chunks) {
          pulled += 1;
          yield Buffer.from(c);
        }
      })(),
    );
    // bytes 2..7: "\nc\nd\n\n" → 4 newlines
    expect(await countNewlines(stream, 2, 6)).toBe(4);
    expect(pulled).toBe(3);
    expect(await countNewlines(Readable.from([Buffer.from('a\n')]), 0, 3)).toBeUndefined();
    expect(newlinesIn(Buffer.from('\n\nx\n'))).toBe(3);
  });
});
