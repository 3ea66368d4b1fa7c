import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { testConfig } from '../test-support/test-config.js';

// Every console route with a path parameter, each parameter given a percent-encoding that does
// not decode: the router's URIError was a 500 "unhandled error" for the log routes.
const BAD = '%E0';
const PATHS = [
  `/api/logs/v1/${BAD}/1`,
  `/api/logs/v1/1/${BAD}`,
  `/api/logs/v1/${BAD}/1/lines?from=1&count=10&log_file=a`,
  `/api/logs/v1/${BAD}/1/search?q=a&log_file=a`,
  `/api/logs/v1/${BAD}/1/download?log_file=a`,
  `/api/logs/v2/${BAD}/worker-0`,
  `/api/logs/v2/job-1/${BAD}/lines?from=1&count=10`,
  `/api/logs/v2/${BAD}/worker-0/search?q=a`,
  `/api/logs/v2/${BAD}/worker-0/download`,
  `/api/logs/job/v1/${BAD}/1?workers=a`,
  `/api/logs/job/v2/${BAD}?workers=worker-0`,
  `/api/diagnosis/v2/${BAD}`,
  `/api/v1/training-jobs/${BAD}/versions/1`,
  `/api/v2/training-jobs/${BAD}`,
  `/api/obs/uploads/${BAD}`,
];

describe('a path parameter whose percent-encoding does not decode', () => {
  let app: ListeningApp;
  let cookie: string;

  beforeAll(async () => {
    app = await listeningApp({ config: testConfig() });
    cookie = await app.login();
  });
  afterAll(() => app.stop());

  it.each(PATHS)('%s: a 4xx with an error code, signed in or not', async (path) => {
    for (const session of [cookie, '']) {
      const r = await request(app.c.app).get(path).set('Cookie', session);
      expect(r.status, `${path} ${session ? 'signed in' : 'signed out'}`).toBeGreaterThanOrEqual(
        400,
      );
      expect(r.status).toBeLessThan(500);
      expect(r.body.error_code).toMatch(/^Console\.\d{4}$/);
    }
  });
});
