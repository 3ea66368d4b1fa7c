import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConsoleApp } from '../app.js';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as received (compressed, if it was). */
  body: Buffer;
}

/** A GET with the path sent exactly as given (no URL normalisation, unlike fetch). */
export function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * One console app behind two servers: `express` hands every request to the Express app (the path
 * proxied GETs took before the fast path), `fast` is the server main.ts runs (`c.listener`).
 */
export async function twinServers(c: ConsoleApp) {
  const servers = [createServer(c.app), createServer(c.serverOptions, c.listener)] as const;
  const [express, fast] = [await listen(servers[0]), await listen(servers[1])];
  return {
    express,
    fast,
    async close() {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise((r) => s.close(r));
      }
    },
  };
}

/** A ModelArts stand-in for the twin tests: small and large answers, error codes, a reset. */
export async function twinUpstream() {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push(url);
    req.resume();
    // what the browser must never see
    res.setHeader('set-cookie', 'upstream=1; Path=/');
    res.setHeader('x-subject-token', 'MIIleaked-by-upstream');
    res.setHeader('server', 'api-gateway/9.9');
    res.setHeader('content-security-policy', 'default-src *');
    res.setHeader('x-request-id', 'upstream-req-42');
    res.setHeader('content-type', 'application/json');
    const path = url.split('?')[0] ?? '';
    const json = (status: number, body: unknown) => {
      res.statusCode = status;
      res.end(JSON.stringify(body));
    };
    if (path.endsWith('/training-jobs/404'))
      return json(404, { error_code: 'ModelArts.2775', error_msg: 'TrainingJobNotFound' });
    if (path.endsWith('/training-jobs/401'))
      return json(401, { error_code: 'ModelArts.0203', error_msg: 'token expired' });
    if (path.endsWith('/training-jobs/403'))
      return json(403, { error_code: 'ModelArts.0112', error_msg: 'policy' });
    if (path.endsWith('/training-jobs/500')) return void req.socket.destroy();
    if (path.endsWith('/job/ai-engines'))
      return json(200, { engines: Array.from({ length: 200 }, (_, i) => ({ id: i, n: 'tf' })) });
    json(200, { is_success: true, echo: url });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
