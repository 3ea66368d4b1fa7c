import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An HTTP receiver for the BFF's job notifications, on a free loopback port. */
export interface WebhookReceiver {
  url: string;
  /** Parsed JSON bodies, in order of arrival. */
  bodies: unknown[];
  /** Resolves with the bodies once `predicate` holds for them (checked on every arrival). */
  waitFor(predicate: (bodies: unknown[]) => boolean, timeoutMs: number): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const bodies: unknown[] = [];
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(204).end();
      } catch {
        res.writeHead(400).end();
      }
      for (const check of [...waiters]) check();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/jobs`,
    bodies,
    waitFor: (predicate, timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`the receiver got ${bodies.length} notifications: ${JSON.stringify(bodies)}`),
          );
        }, timeoutMs);
        function check() {
          if (!predicate(bodies)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(bodies);
        }
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
