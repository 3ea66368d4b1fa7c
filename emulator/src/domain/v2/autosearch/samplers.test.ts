import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng.js';
import {
  annealPoint,
  bayesPoint,
  observations,
  sampleConfig,
  tpePoint,
  type Observation,
} from './samplers.js';
import { decode, encode } from './search-space.js';
import type {
  SearchAlgorithmName,
  SearchDim,
  V2SearchState,
  V2Trial,
} from '../../../store/v2-search-types.js';

const DIMS: SearchDim[] = [
  { name: 'learning_rate', kind: 'continuous', lower: 0.01, upper: 0.5, points: null },
  { name: 'batch_size', kind: 'discrete', values: [16, 32, 64, 'auto'] },
  { name: 'momentum', kind: 'continuous', lower: 0.1, upper: 0.9, points: 5 },
];
const GRID = [0.1, 0.3, 0.5, 0.7, 0.9];

function state(
  algorithm: SearchAlgorithmName,
  seed: number,
  params: Record<string, string> = {},
  trials: V2Trial[] = [],
): V2SearchState {
  return {
    algorithm,
    params: { num_samples: '8', seed: String(seed), ...params },
    num_samples: 8,
    seed,
    dims: DIMS,
    reward: { name: 'acc', regex: 'acc=([0-9.]+)', mode: 'max' },
    metrics: [],
    trials,
  };
}

function finished(index: number, config: V2Trial['config'], rewards: number[]): V2Trial {
  return {
    trial_id: `t${index}`,
    index,
    status: 'TERMINATED',
    config,
    pid: 1,
    start_at: 0,
    end_at: 1,
    exit_code: 0,
    early_stopped: false,
    iterations: rewards.map((reward, i) => ({ at: i, reward, metrics: {} })),
  };
}

const ALGOS: SearchAlgorithmName[] = ['bayes_opt_search', 'tpe_search', 'anneal_search'];

/** A history where the reward grows with learning_rate. */
function history(n: number): V2Trial[] {
  return Array.from({ length: n }, (_, i) => {
    const lr = 0.01 + (0.49 * i) / (n - 1);
    return finished(i, { learning_rate: lr, batch_size: 32, momentum: 0.5 }, [lr]);
  });
}

describe('search space', () => {
  it('decodes within bounds, onto grid points and discrete values only', () => {
    const rng = mulberry32(3);
    for (let i = 0; i < 500; i++) {
      const c = decode(
        DIMS,
        DIMS.map(() => rng() * 1.4 - 0.2),
      );
      expect(c.learning_rate).toBeGreaterThanOrEqual(0.01);
      expect(c.learning_rate).toBeLessThanOrEqual(0.5);
      expect(GRID).toContain(c.momentum);
      expect([16, 32, 64, 'auto']).toContain(c.batch_size);
    }
  });

  it('encodes a config back to where it decodes from', () => {
    const c = { learning_rate: 0.2, batch_size: 'auto', momentum: 0.7 };
    expect(decode(DIMS, encode(DIMS, c))).toEqual(c);
  });
});

describe.each(ALGOS)('%s', (algorithm) => {
  const params = { n_initial_points: '3' };

  it('is deterministic for a seed and differs across seeds', () => {
    const h = history(5);
    const a = sampleConfig(state(algorithm, 7, params, h), 5);
    const b = sampleConfig(state(algorithm, 7, params, h), 5);
    expect(a).toEqual(b);
    const others = [8, 9, 10, 11].map((seed) =>
      JSON.stringify(sampleConfig(state(algorithm, seed, params, h), 5)),
    );
    expect(new Set([JSON.stringify(a), ...others]).size).toBeGreaterThan(1);
  });

  it('respects bounds, grids and discrete values, with and without history', () => {
    for (let seed = 0; seed < 40; seed++)
      for (const h of [[], history(6)]) {
        const c = sampleConfig(state(algorithm, seed, params, h), h.length);
        expect(Object.keys(c).sort()).toEqual(['batch_size', 'learning_rate', 'momentum']);
        expect(c.learning_rate).toBeGreaterThanOrEqual(0.01);
        expect(c.learning_rate).toBeLessThanOrEqual(0.5);
        expect(GRID).toContain(c.momentum);
        expect([16, 32, 64, 'auto']).toContain(c.batch_size);
      }
  });

  it('leans towards the best trials once it has history', () => {
    // reward grows with learning_rate: adaptive sampling should average above the midpoint
    const h = history(8);
    let sum = 0;
    const runs = 60;
    for (let seed = 0; seed < runs; seed++)
      sum += Number(sampleConfig(state(algorithm, seed, params, h), 8).learning_rate);
    expect(sum / runs).toBeGreaterThan(0.3);
  });
});

describe('algorithm details', () => {
  const obs: Observation[] = [
    { u: [0.9, 0.125, 0.5], score: 1 },
    { u: [0.1, 0.625, 0.5], score: 0 },
  ];

  it('anneal samples inside a window around a good trial that shrinks with shrink_coef', () => {
    const wide = annealPoint(DIMS, obs, mulberry32(1), { avgBestIdx: 0.01, shrinkCoef: 0 });
    const narrow = annealPoint(DIMS, obs, mulberry32(1), { avgBestIdx: 0.01, shrinkCoef: 10 });
    expect(Math.abs(narrow[0]! - 0.9)).toBeLessThanOrEqual(0.5 / 21 + 1e-9);
    expect(Math.abs(wide[0]! - 0.9)).toBeLessThanOrEqual(0.5 + 1e-9);
  });

  it('tpe samples at random until n_initial_points trials ended', () => {
    const a = tpePoint(DIMS, obs, mulberry32(5), { gamma: 0.25, nInitial: 3 });
    const again = tpePoint(DIMS, [], mulberry32(5), { gamma: 0.25, nInitial: 3 });
    expect(a).toEqual(again);
  });

  it('bayes explores far from tried points when kappa is large', () => {
    const x = bayesPoint(DIMS, obs, mulberry32(2), { kappa: 100 });
    const d = Math.min(...obs.map((o) => Math.hypot(...o.u.map((v, i) => v - x[i]!))));
    expect(d).toBeGreaterThan(0.3);
  });

  it('uses ended trials with a reward only, min mode flipping the score', () => {
    const t = history(3);
    t[1]!.status = 'RUNNING';
    t[2]!.iterations = [];
    const s = state('tpe_search', 1, {}, t);
    expect(observations(s)).toHaveLength(1);
    s.reward.mode = 'min';
    expect(observations(s)[0]!.score).toBeCloseTo(-0.01);
  });
});
