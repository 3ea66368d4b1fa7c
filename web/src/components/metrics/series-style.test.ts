import { describe, expect, it } from 'vitest';
import { CHART_BACKGROUNDS, SERIES_COLORS, seriesStyle } from './series-style.js';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('series colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`reach 3:1 against the ${scheme} card`, () => {
      for (const color of SERIES_COLORS[scheme])
        expect(contrast(color, CHART_BACKGROUNDS[scheme]), color).toBeGreaterThanOrEqual(3);
    });
  }

  it('give each of the first 32 series its own colour and dash pair', () => {
    const seen = new Set(
      Array.from({ length: 32 }, (_, i) => JSON.stringify(seriesStyle(i, 'light'))),
    );
    expect(seen.size).toBe(32);
  });
});
