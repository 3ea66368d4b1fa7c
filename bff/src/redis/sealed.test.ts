import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashedId } from './sealed.js';

const sha = (id: string) => createHash('sha256').update(id).digest('base64url');

describe('hashedId', () => {
  it("is the id's SHA-256, asked once or again, also past the remembered ids", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `session-${i}`);
    for (const id of ids) expect(hashedId(id)).toBe(sha(id));
    for (const id of [ids[0]!, ids[4999]!, ids[0]!]) expect(hashedId(id)).toBe(sha(id));
    expect(hashedId('session-0')).not.toBe(hashedId('session-1'));
  });
});
