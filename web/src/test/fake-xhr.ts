/**
 * A stand-in for XMLHttpRequest in component tests: records every request, and lets the test (or
 * its `handler`) report upload progress and answer. Install with `vi.stubGlobal('XMLHttpRequest',
 * FakeXhr)` after `FakeXhr.reset()`.
 */
export class FakeXhr {
  static sent: FakeXhr[] = [];
  /** Called on `send`; answers (or holds) the request. */
  static handler: (xhr: FakeXhr) => void = () => {};

  static reset(handler: (xhr: FakeXhr) => void = () => {}): void {
    FakeXhr.sent = [];
    FakeXhr.handler = handler;
  }

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  withCredentials = false;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }

  send(body: unknown): void {
    this.body = body;
    FakeXhr.sent.push(this);
    queueMicrotask(() => FakeXhr.handler(this));
  }

  abort(): void {
    this.onabort?.();
  }

  /** `METHOD /api/path` without the query string. */
  get route(): string {
    return `${this.method} ${new URL(this.url, 'http://localhost').pathname}`;
  }

  query(name: string): string | null {
    return new URL(this.url, 'http://localhost').searchParams.get(name);
  }

  progress(loaded: number, total: number): void {
    this.upload.onprogress?.({ loaded, total });
  }

  respond(status: number, body: unknown): void {
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.onload?.();
  }
}
