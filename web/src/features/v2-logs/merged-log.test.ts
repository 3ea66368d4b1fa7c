import { describe, expect, it } from 'vitest';
import { MergedLog, prefixLine, workerColor } from './merged-log.js';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');
const plain = (line: string) => line.replace(ANSI, '');

describe('MergedLog', () => {
  it('interleaves the workers in arrival order, each line prefixed by its worker', () => {
    const log = new MergedLog(['worker-0', 'worker-1']);
    log.append('worker-0', ['a1', 'a2']);
    log.append('worker-1', ['b1']);
    log.append('worker-0', ['a3']);
    expect(log.merged.lines.map(plain)).toEqual([
      '[worker-0] a1',
      '[worker-0] a2',
      '[worker-1] b1',
      '[worker-0] a3',
    ]);
    expect(log.of('worker-0')?.lines).toEqual(['a1', 'a2', 'a3']);
    expect(log.of('worker-1')?.lines).toEqual(['b1']);
  });

  it('colours each worker differently and ignores unknown tasks', () => {
    expect(workerColor(0)).not.toBe(workerColor(1));
    expect(prefixLine('worker-1', 1, 'x')).toBe(`\u001b[${workerColor(1)}m[worker-1]\u001b[0m x`);
    const log = new MergedLog(['worker-0']);
    log.append('server-9', ['nope']);
    expect(log.merged.length).toBe(0);
  });

  it('keeps the newest lines up to its cap', () => {
    const log = new MergedLog(['worker-0', 'worker-1'], 3);
    log.append('worker-0', ['1', '2']);
    log.append('worker-1', ['3', '4']);
    expect(log.merged.lines.map(plain)).toEqual(['[worker-0] 2', '[worker-1] 3', '[worker-1] 4']);
    expect(log.merged.dropped).toBe(1);
  });
});
