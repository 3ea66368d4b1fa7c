import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createUpstreamAgent } from './upstream-agent.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

function get(port: number, agent: ReturnType<typeof createUpstreamAgent>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('createUpstreamAgent', () => {
  it('pools https targets with an https agent and http targets with an http agent', () => {
    const protocol = (a: object) => (a as { protocol?: string }).protocol;
    expect(protocol(createUpstreamAgent('https://modelarts.example.com'))).toBe('https:');
    expect(protocol(createUpstreamAgent('http://127.0.0.1:8081'))).toBe('http:');
  });

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
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const agent = createUpstreamAgent(`http://127.0.0.1:${port}`, { freeSocketTimeoutMs: 150 });

    expect(await get(port, agent)).toBe(200);
    expect(await get(port, agent)).toBe(200);
    expect(sockets).toHaveLength(1);
    const idleSince = Date.now();
    // The upstream would keep it 60 s; the agent closes it after ~150 ms (slack for a busy machine).
    while (closedAt.length === 0 && Date.now() - idleSince < 3_000) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(closedAt).toHaveLength(1);
    expect((closedAt[0] ?? 0) - idleSince).toBeLessThan(2_000);
    expect(await get(port, agent)).toBe(200);
    expect(sockets).toHaveLength(2);
    agent.destroy();
  });
});
