import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookReceiver {
  url: string;
  /** Bodies answered 2xx, in order of arrival (parsed JSON). */
  accepted: unknown[];
  /** Every request received, failed ones included. */
  received: number;
  /** The next `n` requests are answered `status` (e.g. 500) instead of 204. */
  failNext(n: number, status?: number): void;
  /** Resolves once `n` bodies were accepted. */
  waitForAccepted(n: number, timeoutMs?: number): Promise<unknown[]>;
  close(): Promise<void>;
}

/** A real HTTP receiver for the job notifications, on its own port (127.0.0.1, any free port). */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  let failures: { n: number; status: number } = { n: 0, status: 500 };
  const waiters: (() => boolean)[] = [];
  const r: Omit<WebhookReceiver, 'url'> & { url: string } = {
    url: '',
    accepted: [],
    received: 0,
    failNext(n, status = 500) {
      failures = { n, status };
    },
    waitForAccepted(n, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(new Error(`${r.accepted.length} notifications of ${n} within ${timeoutMs} ms`)),
          timeoutMs,
        );
        const check = () => {
          if (r.accepted.length < n) return false;
          clearTimeout(timer);
          resolve(r.accepted);
          return true;
        };
        if (!check()) waiters.push(check);
      });
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      r.received += 1;
      if (failures.n > 0) {
        failures.n -= 1;
        res.writeHead(failures.status).end();
        return;
      }
      r.accepted.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(204).end();
      for (const w of waiters.splice(0)) if (!w()) waiters.push(w);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/jobs`;
  return r;
}
