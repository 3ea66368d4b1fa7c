import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.js';
import type { ConsoleMetrics, RequestSample } from '../metrics/metrics.js';
import { eventually } from '../test-support/eventually.js';
import { edgeMiddlewares, PROXY_MOUNTS } from './edge.js';

describe('edgeMiddlewares', () => {
  it('proxies /api/v1 and /api/v2, each by its own allow-list', () => {
    expect(PROXY_MOUNTS.map((m) => m.mount)).toEqual(['/api/v1', '/api/v2']);
    expect(PROXY_MOUNTS[0].allowList).not.toBe(PROXY_MOUNTS[1].allowList);
  });

  it('measure, identify, protect and compress every request', async () => {
    const samples: RequestSample[] = [];
    const metrics = { observeRequest: (s: RequestSample) => samples.push(s) };
    const app = express();
    app.use(edgeMiddlewares(metrics as unknown as ConsoleMetrics, createLogger('silent')));
    app.get('/api/big', (_req, res) => {
      res.json({ items: Array.from({ length: 300 }, (_, i) => `item-${i}`) });
    });
    const r = await request(app).get('/api/big').set('Accept-Encoding', 'gzip').expect(200);
    expect(r.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.body.items).toHaveLength(300);
    await eventually(() => samples.length > 0, 5000, 'the sample');
    expect(samples).toEqual([{ method: 'GET', route: '/api/big', status: '200', stream: false }]);
  });
});
