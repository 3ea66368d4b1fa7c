import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { httpMetrics } from '../middleware/http-metrics.js';
import { PROXY_MOUNTS } from '../middleware/edge.js';
import { expressMessages } from './fast-proxy-path.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** Serves `app` with its expressMessages classes; returns what `/things/:id` saw of its request. */
async function seen(app: express.Express) {
  const messages = expressMessages(app);
  const saw: { req?: Request; res?: Response } = {};
  app.get('/things/:id', (req, res) => {
    saw.req = req;
    saw.res = res;
    res.json({ id: req.params.id, app: req.app === app && res.app === app });
  });
  server = createServer(
    { IncomingMessage: messages.Request, ServerResponse: messages.Response },
    app,
  );
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const body: unknown = await (await fetch(`http://127.0.0.1:${port}/things/7`)).json();
  return { messages, saw, body };
}

describe('expressMessages', () => {
  it("makes app.request and app.response the classes' prototypes, so Express keeps the server's", async () => {
    const app = express();
    const { messages, saw, body } = await seen(app);
    expect(body).toEqual({ id: '7', app: true });
    expect(app.request).toBe(messages.Request.prototype);
    expect(app.response).toBe(messages.Response.prototype);
    // app.handle set the prototype the objects had from the start: no change of layout per request
    expect(Object.getPrototypeOf(saw.req)).toBe(messages.Request.prototype);
    expect(Object.getPrototypeOf(saw.res)).toBe(messages.Response.prototype);
    expect(typeof saw.res?.json).toBe('function');
  });

  it('leaves no accessor of its own on a request whose route template the metrics capture', async () => {
    const app = express();
    const labels: string[] = [];
    app.use(httpMetrics({ observeRequest: (s) => labels.push(s.route) }, PROXY_MOUNTS));
    const { saw } = await seen(app);
    expect(Object.getOwnPropertyDescriptor(saw.req!, 'route')).toBeUndefined();
    expect(saw.req?.route).toMatchObject({ path: '/things/:id' });
    await new Promise<void>((r) => (labels.length ? r() : saw.res!.once('close', () => r())));
    expect(labels).toEqual(['/things/:id']);
  });
});
