/**
 * The floor of any Node proxy, for the proxy benchmark: a bare `node:http` server that sends each
 * request to the upstream through an undici Pool (as the BFF does: keep-alive, 64 connections)
 * with the token added, and writes the answer back in one write. No session, allow-list, limits,
 * logs or metrics: what is left is Node's and undici's own cost per request.
 *
 *   UPSTREAM=http://127.0.0.1:PORT TOKEN=… PREFIX=/v1/<project>/ PORT=… node --import tsx bare-proxy.ts
 */
import { createServer } from 'node:http';
import { Pool } from 'undici';

const pool = new Pool(process.env.UPSTREAM!, { connections: 64, pipelining: 1 });
const token = process.env.TOKEN!;
const prefix = process.env.PREFIX!;

const server = createServer((req, res) => {
  const path = prefix + (req.url ?? '/').replace(/^\/api\/v1\//, '');
  pool
    .request({ method: 'GET', path, headers: { 'x-auth-token': token } })
    .then(async (r) => {
      const body = Buffer.from(await r.body.arrayBuffer());
      res.writeHead(r.statusCode, {
        'content-type': String(r.headers['content-type'] ?? 'application/json'),
        'content-length': body.length,
      });
      res.end(body);
    })
    .catch(() => {
      res.writeHead(502);
      res.end();
    });
});
server.keepAliveTimeout = 5_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('BARE_PROXY_LISTENING'));
