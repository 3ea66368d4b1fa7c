import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Upstream } from '../services/proxy/upstream.js';
import { DEFAULT_UPSTREAM_SETTINGS } from '../services/proxy/upstream-settings.js';
import { proxyApp } from '../test-support/proxy-app.js';
import { WHOLE_BODY_BYTES } from './proxy-deliver.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** An upstream whose every answer is made by `answer`. */
async function setUp(answer: (res: ServerResponse) => void) {
  const server = createServer((req, res) => {
    req.resume();
    answer(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const upstream = new Upstream(
    `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    DEFAULT_UPSTREAM_SETTINGS,
  );
  const app = await proxyApp(upstream);
  cleanups.push(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
    () => upstream.close(),
    app.close,
  );
  return app;
}

describe('handing an upstream answer on', () => {
  it('sends a small sized answer byte for byte, with its length (v2 null included)', async () => {
    for (const body of ['null', '', '{ "spaced" :  "as sent", "ü": 1 }']) {
      const app = await setUp((res) => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-internal': 'dropped',
        });
        res.end(body);
      });
      const res = await app.get();
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(body);
      expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
      expect(res.headers.get('transfer-encoding')).toBeNull();
      expect(res.headers.get('x-internal')).toBeNull();
    }
  });

  it('streams a sized answer above the limit, byte for byte', async () => {
    const body = Buffer.alloc(WHOLE_BODY_BYTES * 3, 'abcdefgh');
    const app = await setUp((res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.length });
      res.end(body);
    });
    const res = await app.get();
    expect(Buffer.from(await res.arrayBuffer()).equals(body)).toBe(true);
    expect(res.headers.get('content-length')).toBe(String(body.length));
  });

  it('streams an answer without a length as it arrives', async () => {
    let finish: () => void = () => undefined;
    const app = await setUp((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"first":');
      finish = () => res.end('true}');
    });
    const res = await app.get();
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('{"first":');
    finish();
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      rest += new TextDecoder().decode(r.value);
    }
    expect(rest).toBe('true}');
  });

  it('hangs up on the browser when a small answer is cut short upstream', async () => {
    const app = await setUp((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 100 });
      res.write('{"cut":');
      setTimeout(() => res.destroy(), 20);
    });
    await expect(app.get().then((r) => r.text())).rejects.toThrow();
  });
});
