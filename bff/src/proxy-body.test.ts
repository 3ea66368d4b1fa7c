import express from 'express';
import { seed004CreateBody } from '@console/shared/fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { Upstream } from './services/proxy/upstream.js';
import { DEFAULT_UPSTREAM_SETTINGS } from './services/proxy/upstream-settings.js';
import { startFakeUpstream } from './test-support/fake-upstream.js';
import { proxyApp } from './test-support/proxy-app.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setUp(before: express.RequestHandler[]) {
  const fake = await startFakeUpstream();
  const upstream = new Upstream(fake.url, DEFAULT_UPSTREAM_SETTINGS);
  const app = await proxyApp(upstream, before);
  cleanups.push(fake.close, () => upstream.close(), app.close);
  const send = (method: string, path: string, body: string, type = 'application/json') =>
    fetch(`${app.base}/api/v1/${path}`, { method, headers: { 'content-type': type }, body });
  const post = (path: string, body: string) => send('POST', path, body);
  return { fake, post, send };
}

describe('proxy request bodies', () => {
  it('re-sends a body that a parser in front already read, validated once', async () => {
    const { fake, post } = await setUp([express.json()]);
    const res = await post('training-jobs', JSON.stringify(seed004CreateBody));
    expect(res.status).toBe(200);
    expect(fake.requests).toHaveLength(1);
    const sent = fake.requests[0];
    expect(JSON.parse(sent?.body ?? '')).toEqual(seed004CreateBody);
    expect(sent?.headers['content-length']).toBe(String(Buffer.byteLength(sent?.body ?? '')));
    expect(sent?.headers['x-auth-token']).toBe('tok');

    const bad = await post('training-jobs', JSON.stringify({ ...seed004CreateBody, job_name: '' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error_code: 'Console.0400', field: 'job_name' });
    expect(fake.requests).toHaveLength(1);
  });

  it('parses and validates itself when nothing in front did', async () => {
    const { fake, post } = await setUp([]);
    const bad = await post('training-jobs', '{"job_name": 1');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error_code: 'Console.0400' });
    expect((await post('training-jobs', JSON.stringify(seed004CreateBody))).status).toBe(200);
    expect(JSON.parse(fake.requests[0]?.body ?? '')).toEqual(seed004CreateBody);
  });

  // Every allow-listed POST and PUT has a validator; a DELETE that carries a body has none.
  it('streams a body no validator reads, byte for byte', async () => {
    const { fake, send } = await setUp([]);
    const raw = '{ "spaced" :  "as typed", "ü": 1 }';
    expect((await send('DELETE', 'training-jobs/12/versions/34', raw)).status).toBe(200);
    expect(fake.requests[0]?.body).toBe(raw);
    expect(fake.requests[0]?.headers['content-length']).toBe(String(Buffer.byteLength(raw)));
  });
});
