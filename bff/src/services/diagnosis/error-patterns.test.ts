import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, exitCodeIn, MAX_TEST_CHARS, plain } from './error-patterns.js';

describe('error patterns', () => {
  it.each([
    ['Traceback (most recent call last):', 'traceback'],
    ['RuntimeError: dataset at /data is corrupted', 'error'],
    ['torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2 GiB', 'oom'],
    ['MemoryError', 'oom'],
    ['[ 1234.5] Out of memory: Killed process 42 (python3)', 'oom'],
    ['/bin/sh: line 1:    42 Killed                  python3 train.py', 'killed'],
    ['Killed', 'killed'],
    ['worker 1 was killed by SIGKILL', 'killed'],
    ['Segmentation fault (core dumped)', 'fatal'],
    ['2026-12-06 10:00:00 FATAL cannot open device', 'fatal'],
    ['Error: ENOENT: no such file or directory', 'error'],
    ['2026-12-06 10:00:00,123 - train - ERROR - nan loss', 'error'],
    ['ts=1 level=error msg="no GPU"', 'error'],
    ['\u001b[31mValueError: bad shape\u001b[0m', 'error'],
    ['[ModelArts Service Log]Training failed: worker 0 could not start (exit code 127)', 'service'],
  ])('%s → %s', (line, kind) => {
    expect(classify(line)?.kind).toBe(kind);
  });

  it.each([
    'epoch 3/10 loss=0.231 accuracy=0.91',
    'validation_error: 0.12',
    'no errors found',
    'Errors: 0',
    '[ModelArts Service Log]Training completed.',
    '[ModelArts Service Log]Training failed with exit code 1',
    'INFO using 4 workers; error rate 0.1%',
    'KilledProcesses=0',
  ])('%s → nothing', (line) => {
    expect(classify(line)).toBeUndefined();
  });

  it.each([
    [['step 1', '[ModelArts Service Log]Training failed with exit code 1'], 1],
    [['[ModelArts Service Log]Training end with return code: 137'], 137],
    [['worker 0 exited with code 2', 'worker 1 exited with code 3'], 3],
    [['Training completed.'], null],
  ])('exit code of %j is %s', (lines, code) => {
    expect(exitCodeIn(lines)).toBe(code);
  });

  it('never throws and keeps what it tests bounded, whatever the line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20_000, unit: 'binary' }), (line) => {
        expect(plain(line).length).toBeLessThanOrEqual(MAX_TEST_CHARS);
        classify(line);
        exitCodeIn([line]);
      }),
      { seed: 11, numRuns: 400 },
    );
  });
});
