import type { CSSProperties } from 'react';
import { gutterFor } from './log-row.js';

/** Drawn on the server (ssr/): no scrolling there, and no window. */
export const drawing = typeof window === 'undefined';

/** Fits the panel in the window under the job details, within sensible bounds. */
const VIEWPORT_HEIGHT = 'clamp(300px, calc(100vh - 520px), 720px)';

/**
 * The style of the log's scrolling box, whose lines are numbered up to `lastNumber`. `drawnAtEnd`
 * (the server's drawing of a view following the log, which cannot scroll): its rows sit at its
 * bottom, the overflow above them.
 */
export function logBoxStyle(lastNumber: number, drawnAtEnd: boolean): CSSProperties {
  return {
    height: VIEWPORT_HEIGHT,
    ...(drawnAtEnd ? { display: 'flex', flexDirection: 'column', justifyContent: 'flex-end' } : {}),
    overflow: 'auto',
    background: '#14161a',
    color: '#e6e6e6',
    borderRadius: 6,
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: 12.5,
    ['--log-gutter' as string]: gutterFor(lastNumber),
  };
}
