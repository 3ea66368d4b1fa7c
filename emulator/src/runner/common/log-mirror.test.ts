import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mirrorLog } from './log-mirror.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'log-mirror-'));
afterEach(() => fs.rmSync(path.join(dir, 'dest.log'), { force: true }));

describe('mirrorLog', () => {
  it('copies, then appends only what is new, a bounded amount per call', () => {
    const src = path.join(dir, 'src.log');
    const dest = path.join(dir, 'dest.log');
    fs.writeFileSync(src, 'line 1\n');
    expect(mirrorLog(src, dest)).toBe(true);
    fs.appendFileSync(src, 'line 2 損失\nline 3\n');
    // Appends in 4-byte steps here: three calls are not enough, the rest follows.
    expect(mirrorLog(src, dest, 4)).toBe(false);
    while (!mirrorLog(src, dest, 4));
    expect(fs.readFileSync(dest, 'utf8')).toBe('line 1\nline 2 損失\nline 3\n');
    // A destination longer than the source (a new run) is copied anew.
    fs.writeFileSync(src, 'new\n');
    expect(mirrorLog(src, dest)).toBe(true);
    expect(fs.readFileSync(dest, 'utf8')).toBe('new\n');
  });
});
