import { createParser, type EventSourceMessage } from 'eventsource-parser';

/**
 * Reads an SSE stream with fetch + eventsource-parser (like a browser's EventSource, but abortable).
 * `onEvent` returns true to stop reading (the connection is then aborted).
 */
export async function readEvents(
  url: string,
  headers: Record<string, string>,
  onEvent: (e: EventSourceMessage) => boolean | void,
): Promise<{ status: number; contentType: string | null; aborted: boolean }> {
  const controller = new AbortController();
  const res = await fetch(url, { headers, signal: controller.signal });
  const contentType = res.headers.get('content-type');
  if (!res.body) return { status: res.status, contentType, aborted: false };
  let stop = false;
  const parser = createParser({
    onEvent: (e) => {
      if (!stop && onEvent(e) === true) stop = true;
    },
  });
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  try {
    while (!stop) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.feed(decoder.decode(value, { stream: true }));
    }
  } finally {
    if (stop) controller.abort();
    else reader.releaseLock();
  }
  return { status: res.status, contentType, aborted: stop };
}
