import fs from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TLS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'tls');
/** The self-signed test certificate (see tls/README.md); trust it with NODE_EXTRA_CA_CERTS. */
export const TEST_CA_FILE = resolve(TLS_DIR, 'test-upstream.crt');

/**
 * An https front for a plain-http service (here the emulator), standing in for the cloud's TLS
 * endpoints. Counts the requests it forwarded.
 */
export async function startTlsTerminator(
  backend: string,
): Promise<{ url: string; forwarded: string[]; close(): Promise<void> }> {
  const forwarded: string[] = [];
  const target = new URL(backend);
  const server: Server = createServer(
    {
      cert: fs.readFileSync(TEST_CA_FILE),
      key: fs.readFileSync(resolve(TLS_DIR, 'test-upstream.key')),
    },
    (req, res) => {
      forwarded.push(`${req.method} ${req.url}`);
      const up = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
        },
        (upRes) => {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      req.pipe(up);
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    forwarded,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
