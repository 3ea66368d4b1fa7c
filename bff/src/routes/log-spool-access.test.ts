import express from 'express';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ModelArtsCallError,
  type AomPage,
  type AomQuery,
  type LogTarget,
} from '../clients/modelarts-client.js';
import { createLogger } from '../logger.js';
import { errorHandler } from '../middleware/error-handler.js';
import { requestLogger } from '../middleware/request-logger.js';
import { AomIndexCache } from '../services/log-read/aom-index-cache.js';
import { SpoolStore } from '../services/log-read/spool-store.js';
import type { Session } from '../services/session-store.js';
import { FakeLogClient } from '../test-support/fake-log-client.js';
import { FakeV2LogClient } from '../test-support/fake-v2-log-client.js';
import { logLinesRouter } from './log-lines.js';
import { logSearchRouter } from './log-search.js';

/** aom-log that serves the job to one token only (another user of the project is refused). */
class OwnedLog extends FakeLogClient {
  constructor(private readonly owner: string) {
    super();
  }
  private check(token: string): void {
    if (token !== this.owner)
      throw new ModelArtsCallError(
        403,
        { error_code: 'ModelArts.0004', error_msg: 'No permission to access the job' },
        false,
      );
  }
  override async versionStatus(t: LogTarget, token: string): Promise<number> {
    this.check(token);
    return super.versionStatus(t, token);
  }
  override async readAomLog(t: LogTarget, token: string, q: AomQuery): Promise<AomPage> {
    this.check(token);
    return super.readAomLog(t, token, q);
  }
}

const owner: Session = {
  token: 'MIItoken-owner',
  projectId: 'p1',
  projectName: 'eu-de',
  user: 'owner',
  domain: 'd',
  expiresAt: Date.now() + 3_600_000,
};
const stranger: Session = { ...owner, token: 'MIItoken-stranger', user: 'stranger' };
const SECRET = 'export AWS_SECRET=hunter2';

describe('v1 log spool: the access check still guards every read', () => {
  const v1 = new OwnedLog(owner.token);
  const spools = new SpoolStore({ maxBytes: 1 << 24 });
  const v1Indexes = new AomIndexCache(4, 100, spools);
  let who = owner;
  const app = express();
  app.use(requestLogger(createLogger('silent')));
  app.use((req, _res, next) => {
    req.session = who;
    next();
  });
  const deps = {
    v1,
    v2: new FakeV2LogClient(),
    modelartsEndpoint: 'http://x',
    obsDownloadHosts: [],
  };
  app.use(
    '/api/logs',
    logSearchRouter({ ...deps, v1Indexes }),
    logLinesRouter({ ...deps, v1Indexes }),
  );
  app.use(errorHandler);
  afterAll(() => spools.close());

  it('a user the upstream refuses the job to reads none of it through the spool', async () => {
    v1.print(1_500, 'step');
    v1.lines[700] = SECRET;
    who = owner;
    const mine = await request(app)
      .get('/api/logs/v1/1/2/search?log_file=w0&q=hunter2')
      .expect(200);
    expect(mine.text).toContain(SECRET);
    expect(spools.bytes).toBeGreaterThan(0);
    const reads = v1.reads.length;
    const page = await request(app).get('/api/logs/v1/1/2/lines?log_file=w0&from=700&count=3');
    expect(page.body.lines).toContain(SECRET);
    expect(v1.reads.length - reads).toBe(1); // the access read; the page came from the spool

    who = stranger;
    for (const url of [
      '/api/logs/v1/1/2/search?log_file=w0&q=hunter2',
      '/api/logs/v1/1/2/lines?log_file=w0&from=700&count=3',
    ]) {
      const refused = await request(app).get(url);
      expect(refused.status).toBe(403);
      expect(refused.text).not.toContain('hunter2');
    }
    // the same job in another project is another log: walked (and refused) on its own
    who = { ...stranger, projectId: 'p2' };
    const other = await request(app).get('/api/logs/v1/1/2/lines?log_file=w0&from=700&count=3');
    expect(other.status).toBe(403);
    expect(other.text).not.toContain('hunter2');
  });
});
