import { describe, expect, it } from 'vitest';
import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from './session-headers.js';

describe('session headers', () => {
  // Deployed browsers, proxies' header rules and an operator's cookie settings name these: a
  // change is a breaking change of the console's HTTP contract, not a refactor.
  it('keep the names the browser, the BFF and proxies agree on', () => {
    expect([CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE]).toEqual([
      'x-requested-with',
      'modelarts-console',
      'mac_sid',
    ]);
  });
});
