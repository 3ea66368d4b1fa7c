import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records everything the browser could ever see: response headers and bodies, Server-Sent Event
 * messages (via an EventSource wrapper installed before any page script), cookies and web storage.
 */
export class BrowserExposureRecorder {
  private readonly chunks: string[] = [];

  constructor(
    private readonly context: BrowserContext,
    private readonly page: Page,
  ) {}

  async start(): Promise<void> {
    await this.context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __sseSeen: string[] }).__sseSeen = seen;
      const Original = window.EventSource;
      class Recording extends Original {
        constructor(url: string | URL, init?: EventSourceInit) {
          super(url, init);
          for (const type of ['log', 'status', 'end', 'error', 'message']) {
            this.addEventListener(type, (e) => {
              const m = e as MessageEvent<string>;
              seen.push(`${m.lastEventId ?? ''} ${String(m.data ?? '')}`);
            });
          }
        }
      }
      window.EventSource = Recording;
    });
    this.page.on('response', async (res) => {
      this.chunks.push(JSON.stringify(await res.allHeaders()), res.url());
      const type = res.headers()['content-type'] ?? '';
      if (type.includes('text/event-stream')) return; // recorded through the EventSource wrapper
      try {
        this.chunks.push((await res.body()).toString('utf8'));
      } catch {
        // bodies of redirects and aborted requests are unavailable; their headers were recorded
      }
    });
  }

  /** Everything recorded so far, plus cookies, storage and SSE messages as of now. */
  async snapshot(): Promise<{ text: string; sseMessages: number }> {
    const cookies = await this.context.cookies();
    const page = await this.page.evaluate(() => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookie: document.cookie,
      sse: (window as unknown as { __sseSeen?: string[] }).__sseSeen ?? [],
      html: document.documentElement.outerHTML,
    }));
    const text = [
      ...this.chunks,
      JSON.stringify(cookies),
      page.local,
      page.session,
      page.cookie,
      page.html,
      ...page.sse,
    ].join('\n');
    return { text, sseMessages: page.sse.length };
  }
}
