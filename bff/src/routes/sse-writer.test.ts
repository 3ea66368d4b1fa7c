import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { describeV1Status, sseSink } from './sse-writer.js';

/** A response that keeps what is written to it. */
function recorder() {
  const written: string[] = [];
  const res = { write: (chunk: string) => written.push(chunk) } as unknown as ServerResponse;
  return { res, written };
}

describe('sseSink', () => {
  it('writes a page as one log event with its cursor as id, the same text for every viewer', () => {
    const a = recorder();
    const b = recorder();
    const page = ['line 1', 'line "2"'];
    sseSink(a.res, 'r1', () => undefined, describeV1Status).log('42', page);
    sseSink(b.res, 'r2', () => undefined, describeV1Status).log('42', page);
    expect(a.written).toEqual([
      'id: 42\nevent: log\ndata: {"lines":["line 1","line \\"2\\""]}\n\n',
    ]);
    expect(b.written).toEqual(a.written);
  });

  it('never reuses a page text for another cursor or other lines', () => {
    const a = recorder();
    const sink = sseSink(a.res, 'r1', () => undefined, describeV1Status);
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
});
