/**
 * The time zone the console draws times in: undefined is the local one (in the browser, the
 * user's). The server that draws the first screen (src/ssr/time-zone.ts) sets the browser's around
 * each synchronous drawing: its own local zone is the server's, and a worker thread cannot change
 * it (`process.env.TZ` there changes nothing).
 */
let zone: string | undefined;

export function drawZone(): string | undefined {
  return zone;
}

export function setDrawZone(next: string | undefined): void {
  zone = next;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** `2026-11-23 13:16:39` in `timeZone` (an IANA name the runtime knows). */
export function dateTimeIn(ms: number, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}
