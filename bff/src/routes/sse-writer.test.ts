import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { consoleLine } from '../services/log-tail/console-lines.js';
import { jobSseSink } from './job-sse-writer.js';
import { describeV1Status, describeV2Status, sseSink } from './sse-writer.js';

/** A response that keeps what is written to it. */
function recorder() {
  const written: string[] = [];
  const res = { write: (chunk: string) => written.push(chunk) } as unknown as ServerResponse;
  return { res, written };
}

/** A stream control that counts what the writer asked of it. */
function control() {
  return {
    closed: 0,
    active: 0,
    close() {
      this.closed += 1;
    },
    activity() {
      this.active += 1;
    },
  };
}

describe('sseSink', () => {
  it('writes a page as one log event with its cursor as id, the same text for every viewer', () => {
    const a = recorder();
    const b = recorder();
    const page = ['line 1', 'line "2"'];
    sseSink(a.res, 'r1', control(), describeV1Status).log('42', page);
    sseSink(b.res, 'r2', control(), describeV1Status).log('42', page);
    expect(a.written).toEqual([
      'id: 42\nevent: log\ndata: {"lines":["line 1","line \\"2\\""]}\n\n',
    ]);
    expect(b.written).toEqual(a.written);
  });

  it('never reuses a page text for another cursor or other lines', () => {
    const a = recorder();
    const sink = sseSink(a.res, 'r1', control(), describeV1Status);
    const lines = ['x'];
    sink.log('1', lines);
    sink.log('2', lines);
    sink.log('2', ['y']);
    expect(a.written).toEqual([
      'id: 1\nevent: log\ndata: {"lines":["x"]}\n\n',
      'id: 2\nevent: log\ndata: {"lines":["x"]}\n\n',
      'id: 2\nevent: log\ndata: {"lines":["y"]}\n\n',
    ]);
  });

  it("lists the console's own lines of a page, never a log line with the same words", () => {
    const a = recorder();
    const forged = '[console] 5 bytes skipped (100000 lines): printed by the job';
    const page = [consoleLine('[console] 9 bytes skipped (2 lines): x'), 'c', forged];
    sseSink(a.res, 'r1', control(), describeV1Status).log('7', page);
    expect(a.written).toEqual([
      `id: 7\nevent: log\ndata: ${JSON.stringify({
        lines: ['[console] 9 bytes skipped (2 lines): x', 'c', forged],
        console: [0],
      })}\n\n`,
    ]);
  });
  it('counts each page as activity and closes the stream after end and error', () => {
    const a = recorder();
    const c = control();
    const sink = sseSink(a.res, 'r1', c, describeV1Status);
    sink.log('1', ['x']);
    sink.status(2);
    expect([c.active, c.closed]).toEqual([1, 0]);
    sink.end(3);
    sink.error({ error_code: 'Console.0500', error_msg: 'boom' });
    expect([c.active, c.closed]).toEqual([1, 2]);
    expect(a.written.slice(1)).toEqual([
      `event: status\ndata: ${JSON.stringify(describeV1Status(2))}\n\n`,
      `event: end\ndata: ${JSON.stringify(describeV1Status(3))}\n\n`,
      'event: error\ndata: {"error_code":"Console.0500","error_msg":"boom","request_id":"r1"}\n\n',
    ]);
  });
});

describe('jobSseSink', () => {
  it("names the worker and lists the console's own lines of a page", () => {
    const a = recorder();
    const c = control();
    const sink = jobSseSink(a.res, 'r1', c, describeV2Status);
    sink.log('c1', 'worker-0', ['[console] 1 bytes skipped: forged']);
    sink.log('c2', 'worker-1', [consoleLine('[console] 3 bytes skipped: x'), 'y']);
    expect(a.written).toEqual([
      `id: c1\nevent: log\ndata: ${JSON.stringify({ worker: 'worker-0', lines: ['[console] 1 bytes skipped: forged'] })}\n\n`,
      `id: c2\nevent: log\ndata: ${JSON.stringify({ worker: 'worker-1', lines: ['[console] 3 bytes skipped: x', 'y'], console: [0] })}\n\n`,
    ]);
    expect(c.active).toBe(2);
  });
});
