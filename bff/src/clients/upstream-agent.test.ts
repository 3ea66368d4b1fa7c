import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pool } from 'undici';
import { createUpstreamPool } from './upstream-agent.js';

let server: Server | undefined;
let pool: Pool | undefined;
afterEach(async () => {
  await pool?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
  pool = undefined;
});

async function listen(s: Server): Promise<number> {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return (s.address() as AddressInfo).port;
}

async function get(p: Pool): Promise<number> {
  const res = await p.request({ path: '/', method: 'GET' });
  await res.body.dump();
  return res.statusCode;
}

describe('createUpstreamPool', () => {
  it('reuses a connection, and closes it itself once idle, before the upstream would', async () => {
    const sockets: Socket[] = [];
    const closedAt: number[] = [];
    server = createServer((_req, res) => {
      res.setHeader('keep-alive', 'timeout=60');
      res.end('ok');
    });
    server.keepAliveTimeout = 60_000;
    server.on('connection', (s: Socket) => {
      sockets.push(s);
      s.on('close', () => closedAt.push(Date.now()));
    });
    const port = await listen(server);
    pool = createUpstreamPool(`http://127.0.0.1:${port}`, { connections: 1, idleTimeoutMs: 150 });

    expect(await get(pool)).toBe(200);
    expect(await get(pool)).toBe(200);
    expect(sockets).toHaveLength(1);
    const idleSince = Date.now();
    // The upstream would keep it 60 s; the pool closes it after ~150 ms (slack for a busy machine).
    while (closedAt.length === 0 && Date.now() - idleSince < 3_000) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(closedAt).toHaveLength(1);
    expect((closedAt[0] ?? 0) - idleSince).toBeLessThan(2_000);
    expect(await get(pool)).toBe(200);
    expect(sockets).toHaveLength(2);
  });

  it('never opens more connections than asked for, however many requests wait', async () => {
    let open = 0;
    let maxOpen = 0;
    const held: (() => void)[] = [];
    server = createServer((_req, res) => {
      held.push(() => res.end('ok'));
      if (held.length === 2) held.splice(0).forEach((f) => f());
    });
    server.on('connection', (s: Socket) => {
      open += 1;
      maxOpen = Math.max(maxOpen, open);
      s.on('close', () => (open -= 1));
    });
    const port = await listen(server);
    pool = createUpstreamPool(`http://127.0.0.1:${port}`, { connections: 2 });
    const statuses = await Promise.all(Array.from({ length: 6 }, () => get(pool as Pool)));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);
    expect(maxOpen).toBe(2);
  });
});
