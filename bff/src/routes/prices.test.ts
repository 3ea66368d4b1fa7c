import { PricesResponseSchema } from '@console/shared';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { listeningApp, type ListeningApp } from '../test-support/listening-app.js';
import { testConfig } from '../test-support/test-config.js';

const TABLE = { currency: 'EUR', sample: true, per_node_hour: { 'modelarts.vm.cpu.8u': 0.4 } };

let app: ListeningApp | undefined;
afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('GET /api/prices', () => {
  it('serves the operator table to a signed-in user only', async () => {
    app = await listeningApp({ config: testConfig(), prices: TABLE });
    await request(app.c.app).get('/api/prices').expect(401);
    const cookie = await app.login();
    const r = await request(app.c.app).get('/api/prices').set('cookie', cookie).expect(200);
    expect(PricesResponseSchema.parse(r.body)).toEqual({ table: TABLE });
  });

  it('answers table: null without PRICE_TABLE_FILE', async () => {
    app = await listeningApp({ config: testConfig() });
    const cookie = await app.login();
    const r = await request(app.c.app).get('/api/prices').set('cookie', cookie).expect(200);
    expect(r.body).toEqual({ table: null });
  });
});
