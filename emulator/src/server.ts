import http, { type Server } from 'node:http';
import type { RequestListener } from 'node:http';

/**
 * Where the emulator listens unless EMULATOR_HOST says otherwise: loopback only. It hands out
 * tokens for published demo credentials and runs any job's shell command, so it must not be
 * reachable from the network by default.
 */
export const DEFAULT_HOST = '127.0.0.1';

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/** Starts an HTTP server for `app` on `host:port` (port 0: the OS picks); resolves once listening. */
export function listen(app: RequestListener, port: number, host = DEFAULT_HOST): Promise<Server> {
  const server = http.createServer(app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
