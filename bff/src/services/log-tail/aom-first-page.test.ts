import { describe, expect, it } from 'vitest';
import { FakeLogClient } from '../../test-support/fake-log-client.js';
import { findFirstPage, rereadFirstPage, type AomRead } from './aom-first-page.js';

const target = { projectId: 'p', jobId: '1', versionId: '2', logFile: 'f' };
const readerOf =
  (c: FakeLogClient): AomRead =>
  (q) =>
    c.readAomLog(target, 't', q);

describe('findFirstPage (documented cursors only)', () => {
  it('is undefined while the log is empty, and sends no base_line', async () => {
    const c = new FakeLogClient();
    expect(await findFirstPage(readerOf(c), 500)).toBeUndefined();
    expect(c.reads).toEqual(['latest']);
  });

  it.each([
    [3, 500, 3, ['latest', 1]],
    [10, 5, 5, ['latest', 6, 1]],
    [12, 5, 2, ['latest', 8, 3, 1]],
  ])('log of %i lines, pages of %i: a first page of %i lines', async (n, size, firstLen, reads) => {
    const c = new FakeLogClient();
    c.print(n);
    const first = await findFirstPage(readerOf(c), size);
    expect(first?.lines).toEqual(c.lines.slice(0, firstLen));
    expect(first?.startLine).toBe(c.cursor(1));
    expect(first?.endLine).toBe(c.cursor(firstLen));
    expect(c.reads).toEqual(reads.map((r) => (r === 'latest' ? r : c.cursor(r as number))));
  });

  it('stops when the upstream does not move back (no endless walk)', async () => {
    let calls = 0;
    const stuck: AomRead = async () => {
      calls += 1;
      return { lines: ['x'], count: 1, startLine: '5', endLine: '5' };
    };
    expect((await findFirstPage(stuck, 500))?.lines).toEqual(['x']);
    expect(calls).toBe(2);
  });
});

describe('rereadFirstPage', () => {
  it('reads the lines before the line after the page', async () => {
    const c = new FakeLogClient();
    c.print(20);
    expect(await rereadFirstPage(readerOf(c), c.cursor(7), 7)).toEqual(c.lines.slice(0, 7));
    expect(c.queries.slice(-2)).toEqual([
      { baseLine: c.cursor(7), lines: 1, order: 'desc' },
      { baseLine: c.cursor(8), lines: 7, order: 'asc' },
    ]);
  });

  it('reads the latest lines when the page ends the log', async () => {
    const c = new FakeLogClient();
    c.print(7);
    expect(await rereadFirstPage(readerOf(c), c.cursor(7), 7)).toEqual(c.lines);
    expect(c.queries.at(-1)).toEqual({ lines: 7 });
  });

  it('says the log changed when it grew between the probe and the read of the latest lines', async () => {
    const c = new FakeLogClient();
    c.print(7);
    const read = readerOf(c);
    const growing: AomRead = async (q) => {
      const page = await read(q);
      c.print(2); // lines arrive right after each answer
      return page;
    };
    await expect(rereadFirstPage(growing, c.cursor(7), 7)).rejects.toThrow(
      'The log changed upstream',
    );
  });
});
