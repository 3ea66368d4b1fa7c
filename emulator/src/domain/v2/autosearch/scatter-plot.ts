import { Raster, type Rgb } from './raster.js';
import type { SearchDim } from '../../../store/v2-search-types.js';

const W = 480;
const H = 320;
const LEFT = 70;
const RIGHT = 20;
const TOP = 36;
const BOTTOM = 56;
const INK: Rgb = [40, 40, 40];
const GRID: Rgb = [225, 225, 225];
export const POINT_COLOUR: Rgb = [31, 119, 180];
export const BEST_COLOUR: Rgb = [214, 39, 40];

const label = (v: number) => String(Number(v.toPrecision(3)));
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}.` : s);

/**
 * A scatter plot of one hyperparameter (x: its value, a discrete one by category) against the
 * reward of each ended trial (y); the best trial is red. Returns PNG bytes.
 */
export function scatterPlot(
  dim: SearchDim,
  points: ReadonlyArray<{ x: number; reward: number }>,
  opts: { rewardName: string; mode: 'max' | 'min' },
): Buffer {
  const r = new Raster(W, H);
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const title = clip(`${dim.name} vs ${opts.rewardName || 'reward'}`, 38);
  r.text((W - Raster.textWidth(title, 2)) / 2, 10, title, INK);

  const ys = points.map((p) => p.reward);
  let yMin = ys.length ? Math.min(...ys) : 0;
  let yMax = ys.length ? Math.max(...ys) : 1;
  if (yMax - yMin < 1e-12) [yMin, yMax] = [yMin - 0.5, yMax + 0.5];
  const pad = (yMax - yMin) * 0.08;
  [yMin, yMax] = [yMin - pad, yMax + pad];
  const py = (v: number) => TOP + plotH - ((v - yMin) / (yMax - yMin)) * plotH;

  const discrete = dim.kind === 'discrete';
  const n = discrete ? dim.values.length : 0;
  const px = (x: number) =>
    LEFT +
    (discrete ? ((x + 0.5) / n) * plotW : ((x - dim.lower) / (dim.upper - dim.lower)) * plotW);

  for (let i = 0; i <= 4; i++) {
    const v = yMin + ((yMax - yMin) * i) / 4;
    const y = Math.round(py(v));
    r.hline(LEFT + 1, LEFT + plotW, y, GRID);
    const text = label(v);
    r.text(LEFT - 6 - Raster.textWidth(text, 1), y - 2, text, INK, 1);
  }
  r.vline(LEFT, TOP, TOP + plotH, INK);
  r.hline(LEFT, LEFT + plotW, TOP + plotH, INK);

  const ticks: Array<{ x: number; text: string }> = discrete
    ? dim.values.map((v, i) => ({ x: i, text: clip(String(v), 10) }))
    : [0, 0.25, 0.5, 0.75, 1].map((f) => {
        const v = dim.lower + f * (dim.upper - dim.lower);
        return { x: v, text: label(v) };
      });
  for (const t of ticks) {
    const x = Math.round(px(t.x));
    r.vline(x, TOP + plotH, TOP + plotH + 4, INK);
    r.text(x - Raster.textWidth(t.text, 1) / 2, TOP + plotH + 8, t.text, INK, 1);
  }
  const xTitle = clip(dim.name, 40);
  r.text((W - Raster.textWidth(xTitle, 2)) / 2, H - 22, xTitle, INK);

  let best = -1;
  points.forEach((p, i) => {
    const b = points[best];
    if (!b || (opts.mode === 'max' ? p.reward > b.reward : p.reward < b.reward)) best = i;
  });
  points.forEach((p, i) => {
    if (i !== best) r.disc(px(p.x), py(p.reward), 4, POINT_COLOUR);
  });
  const b = points[best];
  if (b) r.disc(px(b.x), py(b.reward), 5, BEST_COLOUR);
  return r.png();
}
