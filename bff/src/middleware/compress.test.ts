import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { compress } from './compress.js';

const big = JSON.stringify({
  items: Array.from({ length: 200 }, (_, i) => ({ name: `job-${i}` })),
});

function app() {
  const a = express();
  a.use(compress());
  a.get('/api/x', (_req, res) => {
    res.type('application/json').send(big);
  });
  a.get('/api/events', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.end(`data: ${big}\n\n`);
  });
  return a;
}

describe('compress', () => {
  it('compresses for a client that accepts gzip, with Vary', async () => {
    const r = await request(app()).get('/api/x').set('Accept-Encoding', 'gzip');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(r.text).toBe(big);
  });

  it('sends identity to a client that accepts no encoding, still with Vary', async () => {
    const r = await request(app()).get('/api/x').set('Accept-Encoding', '');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['content-length']).toBe(String(Buffer.byteLength(big)));
    expect(r.headers['vary']).toMatch(/Accept-Encoding/i);
  });

  it('leaves an EventSource stream alone (no compressor wrapped around it)', async () => {
    const r = await request(app())
      .get('/api/events')
      .set('Accept', 'text/event-stream')
      .set('Accept-Encoding', 'gzip, br');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.text).toContain('job-199');
  });
});

describe('compress: what it leaves alone', () => {
  function more() {
    const a = app();
    a.get('/api/obs/object', (_req, res) => {
      res.type('text/plain').send(big);
    });
    a.get('/api/events-utf8', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.end(`data: ${big}\n\n`);
    });
    return a;
  }

  it('never compresses an OBS object download (its ranges and length stay exact)', async () => {
    const r = await request(more()).get('/api/obs/object?key=a').set('Accept-Encoding', 'gzip');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['content-length']).toBe(String(Buffer.byteLength(big)));
  });

  it('never compresses an event stream, even asked without Accept: text/event-stream', async () => {
    const r = await request(more()).get('/api/events').set('Accept-Encoding', 'gzip');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.text).toContain('job-199');
  });

  it('never compresses an event stream with a charset parameter', async () => {
    const r = await request(more()).get('/api/events-utf8').set('Accept-Encoding', 'gzip');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.text).toContain('job-199');
  });

  it('skips whatever an EventSource asks for, also an error answered in JSON', async () => {
    for (const accept of ['text/event-stream', 'text/event-stream, application/json']) {
      const r = await request(more())
        .get('/api/x')
        .set('Accept', accept)
        .set('Accept-Encoding', 'gzip');
      expect(r.headers['content-encoding'], accept).toBeUndefined();
      expect(r.text).toBe(big);
    }
  });

  it('compresses for a client that sends another Accept, or none', async () => {
    for (const accept of ['application/json', undefined]) {
      const req = request(more()).get('/api/x').set('Accept-Encoding', 'gzip');
      const r = await (accept === undefined ? req : req.set('Accept', accept));
      expect(r.headers['content-encoding'], String(accept)).toBe('gzip');
    }
  });
});
