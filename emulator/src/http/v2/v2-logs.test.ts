import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LogLinkSigner, readLogPreview } from '../../domain/v2/v2-logs.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v2-logs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, data: Buffer | string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
};

describe('readLogPreview', () => {
  it('returns the whole small file with byte sizes', () => {
    const text = 'a ✓\n損失 1\n';
    const p = readLogPreview(write('small.log', text));
    expect(p).toEqual({
      content: text,
      current_size: Buffer.byteLength(text),
      full_size: Buffer.byteLength(text),
    });
  });

  it('never splits a character at the front of the newest chunk', () => {
    const text = 'x損失✓y';
    const file = write('cut.log', text);
    const size = Buffer.byteLength(text);
    for (let max = 1; max <= size; max++) {
      const p = readLogPreview(file, max);
      expect(p.full_size).toBe(size);
      expect(p.current_size).toBe(Buffer.byteLength(p.content));
      expect(text.endsWith(p.content)).toBe(true);
      expect(p.content).not.toContain('\uFFFD');
    }
  });

  it('leaves an unfinished character at the end out of full_size', () => {
    const bytes = Buffer.concat([Buffer.from('ok\n'), Buffer.from('損').subarray(0, 2)]);
    expect(readLogPreview(write('tail.log', bytes))).toEqual({
      content: 'ok\n',
      current_size: 3,
      full_size: 3,
    });
  });

  it('returns at most the newest 5 MB of a big log, byte exact', () => {
    const line = '損失 step ✓ 0123456789\n';
    const text = line.repeat(Math.ceil((6 * 1024 * 1024) / Buffer.byteLength(line)));
    const p = readLogPreview(write('big.log', text));
    expect(p.full_size).toBe(Buffer.byteLength(text));
    expect(p.current_size).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(p.current_size).toBeGreaterThan(5 * 1024 * 1024 - 4);
    expect(p.current_size).toBe(Buffer.byteLength(p.content));
    expect(text.endsWith(p.content)).toBe(true);
  });

  it('is empty for a missing file', () => {
    expect(readLogPreview(path.join(dir, 'none.log'))).toEqual({
      content: '',
      current_size: 0,
      full_size: 0,
    });
  });
});

describe('LogLinkSigner', () => {
  it('accepts its own links until they expire, and nothing else', () => {
    const s = new LogLinkSigner();
    const now = Date.now();
    const url = new URL(s.url('http://h:1', 'job', 'worker-0', 'text/plain', now));
    const q = Object.fromEntries(url.searchParams);
    expect(s.check('job', 'worker-0', q, now)).toBe('ok');
    expect(s.check('job', 'worker-1', q, now)).toBe('invalid');
    expect(
      s.check('job', 'worker-0', { ...q, content_type: 'application/octet-stream' }, now),
    ).toBe('invalid');
    expect(s.check('job', 'worker-0', q, now + 5 * 60_000 + 1000)).toBe('expired');
    expect(new LogLinkSigner().check('job', 'worker-0', q, now)).toBe('invalid');
  });
});
