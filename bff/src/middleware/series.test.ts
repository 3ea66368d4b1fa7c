import express, { type RequestHandler } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { series } from './series.js';

function appWith(handler: RequestHandler) {
  const app = express();
  app.use('/api', handler);
  app.use('/api', (_req, res) => {
    res.json({ reached: 'after' });
  });
  app.use(((err, _req, res, _next) => {
    res.status(500).json({ error: (err as Error).message });
  }) as express.ErrorRequestHandler);
  return app;
}

describe('series', () => {
  it('runs its middlewares in order with the mount trimmed, then the next layer', async () => {
    const seen: string[] = [];
    const app = appWith(
      series(
        (req, _res, next) => {
          seen.push(`a ${req.path}`);
          next();
        },
        async (req, _res, next) => {
          await Promise.resolve();
          seen.push(`b ${req.baseUrl}`);
          next();
        },
      ),
    );
    const r = await request(app).get('/api/x/y');
    expect(r.body).toEqual({ reached: 'after' });
    expect(seen).toEqual(['a /x/y', 'b /api']);
  });

  it('hands a thrown error, a rejected promise and next(err) to the error handler', async () => {
    const thrown = appWith(
      series(() => {
        throw new Error('thrown');
      }),
    );
    const rejected = appWith(series(() => Promise.reject(new Error('rejected'))));
    const passed = appWith(series((_req, _res, next) => next(new Error('passed'))));
    const skipped: string[] = [];
    const rest = appWith(
      series(
        (_req, _res, next) => next(new Error('first')),
        () => skipped.push('second'),
      ),
    );
    for (const [app, msg] of [
      [thrown, 'thrown'],
      [rejected, 'rejected'],
      [passed, 'passed'],
      [rest, 'first'],
    ] as const) {
      const r = await request(app).get('/api/x');
      expect(r.status).toBe(500);
      expect(r.body).toEqual({ error: msg });
    }
    expect(skipped).toEqual([]);
  });

  it('stops where a middleware answers', async () => {
    const app = appWith(
      series((_req, res) => {
        res.json({ reached: 'inside' });
      }),
    );
    expect((await request(app).get('/api/x')).body).toEqual({ reached: 'inside' });
  });
});

describe('series: what counts as an error', () => {
  it('goes on after next(), next(null) and next(false), as Express does', async () => {
    const seen: string[] = [];
    const app = appWith(
      series(
        (_req, _res, next) => next(),
        (_req, _res, next) => next(null),
        (_req, _res, next) => (next as (e: unknown) => void)(false),
        (_req, _res, next) => {
          seen.push('last');
          next();
        },
      ),
    );
    expect((await request(app).get('/api/x')).body).toEqual({ reached: 'after' });
    expect(seen).toEqual(['last']);
  });

  it('names a promise rejected without a reason', async () => {
    const app = appWith(series(() => Promise.reject(undefined as unknown as Error)));
    const r = await request(app).get('/api/x');
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ error: 'Rejected promise' });
  });

  it('runs an empty series as a no-op', async () => {
    expect((await request(appWith(series())).get('/api/x')).body).toEqual({ reached: 'after' });
  });
});
