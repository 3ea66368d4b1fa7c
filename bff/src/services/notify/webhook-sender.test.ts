import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebhookSender } from './webhook-sender.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

/** A receiver answering the given statuses in turn (the last one from then on). */
async function receiver(statuses: number[]): Promise<{ url: string; times: number[] }> {
  const times: number[] = [];
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      times.push(Date.now());
      res.writeHead(statuses[Math.min(times.length - 1, statuses.length - 1)] ?? 200).end();
    });
  });
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/secret-path`, times };
}

const fast = { attempts: 4, initialDelayMs: 20, maxDelayMs: 200, timeoutMs: 2000 };

describe('WebhookSender', () => {
  it('retries a 500 and a 429 with growing delays, then delivers', async () => {
    const r = await receiver([500, 429, 204]);
    const d = await new WebhookSender(r.url, fast).send({ a: 1 });
    expect(d).toEqual({ delivered: true, attempts: 3 });
    expect(r.times).toHaveLength(3);
  });

  it('stops after the bounded attempts; the failure names the status, not the URL', async () => {
    const r = await receiver([503]);
    const d = await new WebhookSender(r.url, fast).send({});
    expect(d).toMatchObject({ delivered: false, attempts: 4, error: 'the webhook answered 503' });
    expect(JSON.stringify(d)).not.toContain('secret-path');
  });

  it('does not retry a 400 (the receiver refuses the body)', async () => {
    const r = await receiver([400]);
    expect(await new WebhookSender(r.url, fast).send({})).toMatchObject({
      delivered: false,
      attempts: 1,
    });
  });

  it('reports a receiver that is not there as a network error', async () => {
    const r = await receiver([204]);
    await new Promise((res) => server?.close(res));
    server = undefined;
    const d = await new WebhookSender(r.url, { ...fast, attempts: 2 }).send({});
    expect(d.delivered).toBe(false);
    expect(d.error).toMatch(/^network error/);
    expect(d.error).not.toContain('127.0.0.1');
  });
});
