import fc from 'fast-check';
import { PROTOTYPE_KEYS } from './hostile-json.js';

/** A query parameter value as sent on the wire (already percent-encoded where it should be). */
const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: -5, max: 1000 }).map(String),
  fc.constantFrom('-1', '0', '1e9', '99999999999999999999', 'NaN', 'Infinity', '0x10', '1.5', ''),
  fc.constantFrom(
    '%00',
    'a%00b',
    '%',
    '%zz',
    '%E0%A4%A',
    '%2e%2e%2f',
    '..%2F..%2Fetc',
    '%0d%0aX:1',
  ),
  fc.constantFrom('asc', 'desc', 'ASC', 'create_time', 'Info', 'Error', 'TRAIN', 'job.log'),
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
  fc.integer({ min: 1000, max: 6000 }).map((n) => 'q'.repeat(n)),
);

const key = (documented: readonly string[]) =>
  fc.oneof(
    { weight: 5, arbitrary: documented.length ? fc.constantFrom(...documented) : fc.constant('x') },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, 'a[b]', '__proto__[x]', '%00', '') },
  );

/** A query string (with its `?`) of documented and hostile keys, repeated keys included. */
export function hostileQuery(documented: readonly string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(key(documented), hostileQueryValue), { minLength: 1, maxLength: 5 })
    .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
}
