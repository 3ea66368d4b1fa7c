import { mulberry32, seedFor } from './prng.js';
import { numericValue } from './search-space.js';
import type { SearchDim, V2SearchState } from '../../../store/v2-search-types.js';
import { bestReward, isEnded } from './trial-state.js';

export const ANALYSIS_HEADER = ['parameters', 'the mean/std of importance'];
const BOOTSTRAPS = 200;

/** One point per ended trial that reported a reward: the parameter's values and its best reward. */
export function analysisPoints(s: V2SearchState): Array<{ x: number[]; reward: number }> {
  return s.trials.flatMap((t) => {
    const reward = bestReward(t, s.reward.mode);
    if (!isEnded(t) || !t.config || reward === null) return [];
    return [{ x: s.dims.map((d: SearchDim) => numericValue(d, t.config![d.name])), reward }];
  });
}

function absCorrelation(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  if (sxx <= 1e-24 || syy <= 1e-24) return 0;
  return Math.min(1, Math.abs(sxy) / Math.sqrt(sxx * syy));
}

/**
 * Importance of each searched hyperparameter for the reward (simplified stand-in for fANOVA):
 * |Pearson correlation| of the parameter (a discrete one by its value index) with the trial's
 * best reward, normalised over the parameters to sum to 1, over 200 bootstrap resamples of the
 * ended trials drawn with a PRNG seeded by the search seed; mean and standard deviation.
 * Fewer than 2 ended trials with a reward → no rows.
 */
export function parameterImportance(s: V2SearchState): Array<{
  name: string;
  mean: number;
  std: number;
}> {
  const points = analysisPoints(s);
  if (points.length < 2) return [];
  const rng = mulberry32(seedFor(s.seed, 0x5eed));
  const samples: number[][] = s.dims.map(() => []);
  for (let b = 0; b < BOOTSTRAPS; b++) {
    const pick = points.map(() => points[Math.floor(rng() * points.length)]!);
    const ys = pick.map((p) => p.reward);
    const raw = s.dims.map((_, d) =>
      absCorrelation(
        pick.map((p) => p.x[d]!),
        ys,
      ),
    );
    const sum = raw.reduce((a, v) => a + v, 0);
    raw.forEach((v, d) => samples[d]!.push(sum > 0 ? v / sum : 0));
  }
  return s.dims.map((d, i) => {
    const v = samples[i]!;
    const mean = v.reduce((a, x) => a + x, 0) / v.length;
    const std = Math.sqrt(v.reduce((a, x) => a + (x - mean) ** 2, 0) / v.length);
    return { name: d.name, mean, std };
  });
}

/** `GET …/autosearch-parameter-analysis`. */
export function analysisTable(s: V2SearchState | undefined) {
  const rows = s ? parameterImportance(s) : [];
  return {
    header: ANALYSIS_HEADER,
    data: rows.map((r) => [r.name, `${r.mean.toFixed(4)}/${r.std.toFixed(4)}`]),
  };
}
