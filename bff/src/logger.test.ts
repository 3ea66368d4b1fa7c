import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('createLogger', () => {
  it('redacts tokens, cookies and passwords', () => {
    let out = '';
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        out += chunk.toString();
        cb();
      },
    });
    const log = createLogger('info', sink);
    log.info(
      {
        req: {
          headers: { cookie: 'mac_sid=abc', 'x-auth-token': 'MIIreq', authorization: 'Bearer x' },
        },
        res: { headers: { 'set-cookie': 'mac_sid=abc', 'x-subject-token': 'MIIres' } },
        body: { password: 'hunter2' },
        password: 'hunter3',
        token: 'MIItop',
      },
      'hello',
    );
    for (const secret of [
      'mac_sid=abc',
      'MIIreq',
      'Bearer x',
      'MIIres',
      'hunter2',
      'hunter3',
      'MIItop',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted]');
  });
});
