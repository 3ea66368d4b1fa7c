import type { Rng } from './prng.js';
import type { ConfigValue, SearchDim, TrialConfig } from '../../../store/v2-search-types.js';

/**
 * Samplers work in the unit cube: each searched hyperparameter is one coordinate in [0, 1].
 * Continuous values map linearly (a `discrete_points_num` grid snaps to its points); discrete
 * values are cells of equal width in list order, so index i is the centre (i + 0.5) / n.
 */
const clamp01 = (u: number) => Math.min(1, Math.max(0, Number.isFinite(u) ? u : 0));

function cell(n: number, u: number): number {
  return Math.min(n - 1, Math.floor(clamp01(u) * n));
}

/** Moves a point onto what can be sampled: inside [0, 1], on grid points and discrete cells. */
export function snap(dims: readonly SearchDim[], u: readonly number[]): number[] {
  return dims.map((d, i) => {
    const x = clamp01(u[i] ?? 0);
    if (d.kind === 'discrete') return (cell(d.values.length, x) + 0.5) / d.values.length;
    if (d.points) return Math.round(x * (d.points - 1)) / (d.points - 1);
    return x;
  });
}

export function randomPoint(dims: readonly SearchDim[], rng: Rng): number[] {
  return dims.map((d) => {
    if (d.kind === 'discrete') return (Math.floor(rng() * d.values.length) + 0.5) / d.values.length;
    if (d.points) return Math.floor(rng() * d.points) / (d.points - 1);
    return rng();
  });
}

/** Grid values are rounded to 12 significant digits (0.1 + 2 × 0.1 is 0.3, not 0.30000000000000004). */
const tidy = (v: number) => Number(v.toPrecision(12));

export function decode(dims: readonly SearchDim[], u: readonly number[]): TrialConfig {
  const s = snap(dims, u);
  const config: TrialConfig = {};
  dims.forEach((d, i) => {
    const x = s[i]!;
    if (d.kind === 'discrete') config[d.name] = d.values[cell(d.values.length, x)]!;
    else {
      const v = d.lower + x * (d.upper - d.lower);
      config[d.name] = Math.min(d.upper, Math.max(d.lower, d.points ? tidy(v) : v));
    }
  });
  return config;
}

/** Where a config lies in the unit cube (a discrete value's index, a continuous value's fraction). */
export function encode(dims: readonly SearchDim[], config: TrialConfig): number[] {
  return dims.map((d) => {
    const v: ConfigValue | undefined = config[d.name];
    if (d.kind === 'discrete') {
      const i = Math.max(
        0,
        d.values.findIndex((x) => String(x) === String(v)),
      );
      return (i + 0.5) / d.values.length;
    }
    return clamp01((Number(v) - d.lower) / (d.upper - d.lower));
  });
}

/** A parameter's value as a number for analysis: continuous → the value, discrete → its index. */
export function numericValue(d: SearchDim, v: ConfigValue | undefined): number {
  if (d.kind === 'discrete')
    return Math.max(
      0,
      d.values.findIndex((x) => String(x) === String(v)),
    );
  return Number(v);
}
