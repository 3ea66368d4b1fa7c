import { JOB_LOG_STREAM_EVENTS, LOG_STREAM_EVENTS } from '@console/shared';

/** An event a stream received before its view took it over. */
export interface EarlyEvent {
  type: string;
  event: Event;
}

interface Early {
  source: EventSource;
  received: EarlyEvent[];
  stopRecording: () => void;
}

/** The events of a log stream, and `open`. */
const TYPES = [
  'open',
  ...Object.values(LOG_STREAM_EVENTS),
  ...Object.values(JOB_LOG_STREAM_EVENTS),
];
/** An early stream no view takes within this long is closed (the page went elsewhere). */
export const UNCLAIMED_MS = 10_000;

const early = new Map<string, Early>();

/**
 * Opens the log stream at `url` now — while the page that shows it still loads its code and draws
 * (the job's route loader knows its workers first) — and records what it receives. The view's
 * stream (event-stream.ts) takes it over with `takeEarlyStream`, so its first lines are already on
 * their way; one no view claims within UNCLAIMED_MS is closed. One per URL.
 */
export function openStreamEarly(url: string): void {
  if (early.has(url) || typeof EventSource === 'undefined') return;
  const source = new EventSource(url);
  const received: EarlyEvent[] = [];
  const record = (event: Event) => received.push({ type: event.type, event });
  for (const type of TYPES) source.addEventListener(type, record);
  const timer = setTimeout(() => {
    if (early.get(url)?.source !== source) return;
    early.delete(url);
    source.close();
  }, UNCLAIMED_MS);
  const stopRecording = () => {
    clearTimeout(timer);
    for (const type of TYPES) source.removeEventListener(type, record);
  };
  early.set(url, { source, received, stopRecording });
}

/**
 * The early stream of exactly `url` with what it received so far, in order (then it is the
 * caller's to close); undefined when there is none or the browser gave it up (CLOSED).
 */
export function takeEarlyStream(
  url: string,
): { source: EventSource; received: readonly EarlyEvent[] } | undefined {
  const found = early.get(url);
  if (!found) return undefined;
  early.delete(url);
  found.stopRecording();
  if (found.source.readyState === EventSource.CLOSED) {
    found.source.close();
    return undefined;
  }
  return { source: found.source, received: found.received };
}
