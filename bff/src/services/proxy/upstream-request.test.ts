import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { upstreamRequestParts } from './upstream-request.js';

const browser = {
  cookie: 'mac_sid=secret',
  host: 'console.example',
  origin: 'https://console.example',
  'x-requested-with': 'modelarts-console',
  'x-forwarded-for': '10.0.0.1',
  'x-auth-token': 'forged',
  connection: 'keep-alive',
  accept: 'application/json',
  'accept-language': 'de',
};

describe('upstreamRequestParts', () => {
  it('keeps only allow-listed headers (no cookie, no forged token: Upstream adds the credential)', () => {
    const p = upstreamRequestParts(browser, undefined, Readable.from([]));
    expect(p).toEqual({ headers: { accept: 'application/json', 'accept-language': 'de' } });
  });

  it('re-sends a parsed body as JSON with its own length', () => {
    const p = upstreamRequestParts(
      { ...browser, 'content-type': 'application/json', 'content-length': '999' },
      { job_name: 'ü' },
      Readable.from([]),
    );
    expect(p.body).toBe('{"job_name":"ü"}');
    expect(p.headers['content-length']).toBe('17');
    expect(p.headers['content-type']).toBe('application/json');
  });

  it('streams an unparsed body with the browser length, and sends none when there is none', () => {
    const raw = Readable.from(['abc']);
    const p = upstreamRequestParts(
      { 'content-type': 'text/plain', 'content-length': '3' },
      undefined,
      raw,
    );
    expect(p.body).toBe(raw);
    expect(p.headers).toMatchObject({ 'content-type': 'text/plain', 'content-length': '3' });
    const none = upstreamRequestParts({ 'content-type': 'application/json' }, undefined, raw);
    expect(none).toEqual({ headers: {} });
  });
});
