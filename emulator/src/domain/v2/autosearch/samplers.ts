import { gaussian, mulberry32, seedFor, type Rng } from './prng.js';
import { decode, encode, randomPoint, snap } from './search-space.js';
import type { SearchDim, TrialConfig, V2SearchState } from '../../../store/v2-search-types.js';
import { bestReward } from './trial-state.js';

/** A finished trial as the samplers see it: where it was (unit cube) and how good (higher = better). */
export interface Observation {
  u: number[];
  score: number;
}

const byScore = (obs: readonly Observation[]) => [...obs].sort((a, b) => b.score - a.score);
const num = (params: Record<string, string>, key: string, fallback: number) => {
  const v = Number(params[key]);
  return Number.isFinite(v) ? v : fallback;
};

/**
 * Simulated annealing (simplified from hyperopt's anneal): pick a good earlier trial (rank drawn
 * from an exponential law with mean `avg_best_idx`) and sample uniformly in a window around it
 * whose half-width is 0.5 / (1 + shrink_coef × observations).
 */
export function annealPoint(
  dims: readonly SearchDim[],
  obs: readonly Observation[],
  rng: Rng,
  opts: { avgBestIdx: number; shrinkCoef: number },
): number[] {
  if (obs.length === 0) return randomPoint(dims, rng);
  const sorted = byScore(obs);
  const rank = Math.min(sorted.length - 1, Math.floor(-opts.avgBestIdx * Math.log(1 - rng())));
  const base = sorted[rank]!.u;
  const radius = 0.5 / (1 + opts.shrinkCoef * obs.length);
  return snap(
    dims,
    base.map((c) => {
      const lo = Math.max(0, c - radius);
      const hi = Math.min(1, c + radius);
      return lo + rng() * (hi - lo);
    }),
  );
}

/** Folds a coordinate back into [0, 1] (so draws past an edge do not pile up on it). */
const reflect = (v: number) => {
  const m = Math.abs(v) % 2;
  return m > 1 ? 2 - m : m;
};

const kernel = (a: readonly number[], b: readonly number[], h: number) =>
  a.reduce((p, x, i) => p * Math.exp(-((x - b[i]!) ** 2) / (2 * h * h)), 1);

/**
 * Tree-structured Parzen estimator (simplified): random for the first `n_initial_points`; then the
 * best `gamma` fraction is "good", the rest "bad"; 24 candidates are drawn around good trials
 * (Gaussian, bandwidth shrinking with the number of trials) and the one with the highest
 * good-density / bad-density ratio wins.
 */
export function tpePoint(
  dims: readonly SearchDim[],
  obs: readonly Observation[],
  rng: Rng,
  opts: { gamma: number; nInitial: number },
): number[] {
  if (obs.length < Math.max(1, opts.nInitial)) return randomPoint(dims, rng);
  const sorted = byScore(obs);
  const nGood = Math.max(1, Math.ceil(opts.gamma * sorted.length));
  const good = sorted.slice(0, nGood);
  const bad = sorted.slice(nGood);
  const h = Math.max(0.05, 0.25 * sorted.length ** -0.2);
  const density = (set: readonly Observation[], x: number[]) =>
    (set.reduce((s, o) => s + kernel(x, o.u, h), 0) + 1e-3) / (set.length + 1);
  let best: number[] = [];
  let bestRatio = -Infinity;
  for (let c = 0; c < 24; c++) {
    const around = good[Math.floor(rng() * good.length)]!.u;
    const x = snap(
      dims,
      around.map((v) => reflect(v + h * gaussian(rng))),
    );
    const ratio = density(good, x) / density(bad, x);
    if (ratio > bestRatio) [best, bestRatio] = [x, ratio];
  }
  return best;
}

/**
 * Bayesian optimisation with an upper confidence bound (simplified, no Gaussian process): random
 * for the first 2 trials; then of 64 random candidates the one maximising
 * mean + kappa × uncertainty wins, where mean is the kernel-weighted mean of the standardised
 * rewards and uncertainty is 1 − the kernel weight of the nearest trial (0 on a tried point,
 * 1 far from all).
 */
export function bayesPoint(
  dims: readonly SearchDim[],
  obs: readonly Observation[],
  rng: Rng,
  opts: { kappa: number },
): number[] {
  if (obs.length < 2) return randomPoint(dims, rng);
  const scores = obs.map((o) => o.score);
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const std = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / scores.length);
  const z = scores.map((s) => (std > 0 ? (s - mean) / std : 0));
  const scale = 0.2 * Math.sqrt(dims.length);
  let best: number[] = [];
  let bestUcb = -Infinity;
  for (let c = 0; c < 64; c++) {
    const x = randomPoint(dims, rng);
    const w = obs.map((o) => kernel(x, o.u, scale));
    const mu = w.reduce((s, wi, i) => s + wi * z[i]!, 0) / (w.reduce((s, wi) => s + wi, 0) + 0.1);
    const sigma = 1 - Math.max(...w);
    const ucb = mu + opts.kappa * sigma;
    if (ucb > bestUcb) [best, bestUcb] = [x, ucb];
  }
  return best;
}

/** What the trials so far tell the samplers: ended trials that reported a reward. */
export function observations(state: V2SearchState): Observation[] {
  const sign = state.reward.mode === 'min' ? -1 : 1;
  return state.trials.flatMap((t) => {
    const best = bestReward(t, state.reward.mode);
    if (!t.config || best === null || (t.status !== 'TERMINATED' && t.status !== 'ERROR'))
      return [];
    return [{ u: encode(state.dims, t.config), score: sign * best }];
  });
}

/** The config of trial `index`: deterministic for the same seed, algorithm and earlier results. */
export function sampleConfig(state: V2SearchState, index: number): TrialConfig {
  const rng = mulberry32(seedFor(state.seed, index));
  const obs = observations(state);
  const p = state.params;
  const u =
    state.algorithm === 'anneal_search'
      ? annealPoint(state.dims, obs, rng, {
          avgBestIdx: num(p, 'avg_best_idx', 2),
          shrinkCoef: num(p, 'shrink_coef', 0.1),
        })
      : state.algorithm === 'tpe_search'
        ? tpePoint(state.dims, obs, rng, {
            gamma: num(p, 'gamma', 0.25),
            nInitial: num(p, 'n_initial_points', 20),
          })
        : bayesPoint(state.dims, obs, rng, { kappa: num(p, 'kappa', 2.5) });
  return decode(state.dims, u);
}
