import { setDrawZone } from '../lib/draw-zone.js';

/** Whether `zone` is a time zone this runtime knows (an IANA name such as `Asia/Shanghai`). */
function known(zone: string): boolean {
  if (zone.length > 64 || !/^[A-Za-z][\w+/-]*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * `draw()` with times in `zone` (the browser's, from its cookie), as the browser will show them
 * (lib/draw-zone.ts). `draw` is synchronous (renderToString), so no other drawing sees the zone.
 * An unknown zone (or none) draws in the server's.
 */
export function inTimeZone<T>(zone: string | undefined, draw: () => T): T {
  if (zone === undefined || !known(zone)) return draw();
  setDrawZone(zone);
  try {
    return draw();
  } finally {
    setDrawZone(undefined);
  }
}
