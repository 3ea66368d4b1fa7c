import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogTail, MAX_PARTIAL_BYTES, MAX_READ_BYTES } from '../../../runner/common/log-tail.js';
import { parameterImportance } from '../../../domain/v2/autosearch/param-analysis.js';
import { crc32, encodePng } from '../../../domain/v2/autosearch/png.js';
import { countColour, decodeRgbPng } from '../../../domain/v2/autosearch/png-test-support.js';
import type { SearchDim, V2SearchState, V2Trial } from '../../../store/v2-search-types.js';
import { trialHistory, trialsPage } from '../../../domain/v2/autosearch/trial-tables.js';
import {
  MAX_REPORTS_PER_TRIAL,
  TrialReporter,
} from '../../../domain/v2/autosearch/trial-report.js';

const DIMS: SearchDim[] = [
  { name: 'lr', kind: 'continuous', lower: 0, upper: 1, points: null },
  { name: 'bs', kind: 'discrete', values: [16, 32, 64] },
];

function trial(index: number, config: V2Trial['config'], rewards: number[]): V2Trial {
  return {
    trial_id: `0000000${index}`,
    index,
    status: 'TERMINATED',
    config,
    pid: 100 + index,
    start_at: 1000,
    end_at: 5000,
    exit_code: 0,
    early_stopped: false,
    iterations: rewards.map((reward, i) => ({ at: 2000 + i * 1000, reward, metrics: {} })),
  };
}

function search(trials: V2Trial[], mode: 'max' | 'min' = 'max'): V2SearchState {
  return {
    algorithm: 'anneal_search',
    params: {},
    num_samples: trials.length,
    seed: 1,
    dims: DIMS,
    reward: { name: 'acc', regex: 'acc=([0-9.]+)', mode },
    metrics: [
      { name: 'acc', regex: 'acc=([0-9.]+)' },
      { name: 'loss', regex: 'loss=(\\S+)' },
    ],
    trials,
  };
}

describe('parameter importance', () => {
  it('gives the parameter that drives the reward the larger share', () => {
    // reward follows lr; bs is unrelated noise
    const t = [0.1, 0.3, 0.5, 0.7, 0.9, 0.2].map((lr, i) =>
      trial(i, { lr, bs: [16, 64, 32, 16, 32, 64][i]! }, [lr]),
    );
    const [lr, bs] = parameterImportance(search(t));
    expect(lr!.name).toBe('lr');
    expect(lr!.mean).toBeGreaterThan(0.6);
    expect(lr!.mean + bs!.mean).toBeCloseTo(1, 6);
    expect(bs!.std).toBeGreaterThan(0);
    expect(parameterImportance(search(t))).toEqual([lr, bs]);
  });

  it('needs 2 ended trials with a reward', () => {
    const running = { ...trial(1, { lr: 0.5, bs: 16 }, [0.4]), status: 'RUNNING' as const };
    expect(parameterImportance(search([trial(0, { lr: 0.1, bs: 32 }, [0.2]), running]))).toEqual(
      [],
    );
  });
});

describe('trial report lines and tables', () => {
  it('keeps the first reports and always the latest once a trial has reported a lot', () => {
    const s = search([{ ...trial(0, { lr: 0.5, bs: 32 }, []), status: 'RUNNING', end_at: null }]);
    const t = s.trials[0]!;
    const r = new TrialReporter(s);
    for (let i = 1; i <= MAX_REPORTS_PER_TRIAL + 5; i++) r.line(t, `acc=${i}`, i);
    expect(MAX_REPORTS_PER_TRIAL).toBe(1_000); // the state file keeps at most 1,000 per trial
    expect(t.iterations).toHaveLength(MAX_REPORTS_PER_TRIAL);
    expect(t.iterations[0]?.reward).toBe(1);
    expect(t.iterations.at(-1)?.reward).toBe(MAX_REPORTS_PER_TRIAL + 5);
    // Only the start of a very long line is matched.
    expect(r.line(t, `${'x'.repeat(5000)} acc=0.9`, 1)).toBe(false);
  });

  it('counts reward lines as iterations and keeps the latest metrics', () => {
    const s = search([{ ...trial(0, { lr: 0.5, bs: 32 }, []), status: 'RUNNING', end_at: null }]);
    const t = s.trials[0]!;
    const r = new TrialReporter(s);
    expect(r.line(t, 'loss=tensor(0.9)', 2000)).toBe(false);
    expect(r.line(t, 'epoch=1 acc=0.5000 loss=0.8', 2000)).toBe(true);
    expect(r.line(t, '[ModelArts Service Log]acc=0.99', 2500)).toBe(false);
    expect(r.line(t, 'acc=n/a', 2600)).toBe(false);
    expect(r.line(t, 'epoch=2 acc=0.4000 loss=0.7', 3000)).toBe(true);
    expect(t.iterations.map((i) => [i.reward, i.metrics])).toEqual([
      [0.5, { acc: '0.5000', loss: '0.8' }],
      [0.4, { acc: '0.4000', loss: '0.7' }],
    ]);
    const page = trialsPage(s, 50, 0, 4000);
    expect(page.items.data[0]).toEqual([
      '0',
      'False',
      '100',
      { lr: 0.5, bs: 32, trial_index: 0, 'param/lr': 0.5, 'param/bs': 32 },
      '00000000',
      '2',
      '3',
      '',
      '0.4',
      'RUNNING',
      '0.4000',
      '0.7',
      '0.5',
    ]);
    const h = trialHistory(s, t);
    expect(h.data.map((row) => [row[0], row[2], row[3], row[8], row[9]])).toEqual([
      ['False', '0.5', '1', '1', '0.5'],
      ['False', '0.5', '2', '2', '0.4'],
    ]);
  });

  it('takes the best reward by mode min', () => {
    const s = search([trial(0, { lr: 0.1, bs: 16 }, [0.9, 0.3, 0.6])], 'min');
    expect(trialsPage(s, 50, 0).items.data[0]!.slice(-1)).toEqual(['0.3']);
  });

  it.each([
    ['max', ['0.2', '0.5', '0.5', '0.7']],
    ['min', ['0.2', '0.2', '0.1', '0.1']],
  ] as const)('gives each history row the running best by mode %s', (mode, want) => {
    const s = search([trial(0, { lr: 0.1, bs: 16 }, [0.2, 0.5, 0.1, 0.7])], mode);
    const h = trialHistory(s, s.trials[0]!);
    expect(h.data.map((row) => row[2])).toEqual(want);
  });
});

describe('log tail', () => {
  it('returns complete lines only, the unfinished one at the end', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tail-')), 'x.log');
    fs.writeFileSync(file, 'before\n');
    const tail = new LogTail(file);
    fs.appendFileSync(file, 'a=1\nb=');
    expect(tail.lines()).toEqual(['a=1']);
    fs.appendFileSync(file, '2 ✓\nc');
    expect(tail.lines()).toEqual(['b=2 ✓']);
    expect(tail.rest()).toEqual(['c']);
    fs.rmSync(path.dirname(file), { recursive: true });
  });

  it('hands on an endless line in 64 KB pieces and reads at most 1 MB per poll', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tail-')), 'x.log');
    fs.writeFileSync(file, '');
    const tail = new LogTail(file);
    fs.appendFileSync(file, 'y'.repeat(MAX_PARTIAL_BYTES + 10));
    expect(tail.lines()).toEqual(['y'.repeat(MAX_PARTIAL_BYTES)]);
    const line = `${'z'.repeat(99)}\n`; // 100 bytes
    const count = Math.ceil((3 * MAX_READ_BYTES) / 100);
    fs.appendFileSync(file, line.repeat(count));
    const first = tail.lines();
    expect(first[0]).toBe(`${'y'.repeat(10)}${'z'.repeat(99)}`);
    let bytes = first.reduce((n, l) => n + l.length + 1, 0);
    expect(bytes).toBeLessThanOrEqual(MAX_READ_BYTES + 10);
    let polls = 1;
    for (let got = tail.lines(); got.length > 0; got = tail.lines()) {
      bytes += got.reduce((n, l) => n + l.length + 1, 0);
      polls++;
    }
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(bytes).toBe(count * 100 + 10);
    fs.appendFileSync(file, `${line.repeat(count)}tail`);
    const rest = tail.rest();
    expect(rest).toHaveLength(count + 1);
    expect(rest.at(-1)).toBe('tail');
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});

describe('PNG encoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('writes pixels that read back', () => {
    const rgb = new Uint8Array(4 * 3 * 3);
    rgb.set([255, 0, 0], 0);
    rgb.set([0, 0, 255], (2 * 4 + 3) * 3);
    const img = decodeRgbPng(encodePng(4, 3, rgb));
    expect([img.width, img.height]).toEqual([4, 3]);
    expect(countColour(img, [255, 0, 0])).toBe(1);
    expect(countColour(img, [0, 0, 255])).toBe(1);
    expect(countColour(img, [0, 0, 0])).toBe(10);
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(/size/);
  });
});
