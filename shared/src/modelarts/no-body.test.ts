import { describe, expect, it } from 'vitest';
import { NoBodyRequestSchema } from './no-body.js';

describe('NoBodyRequestSchema', () => {
  it('accepts no body and an empty object', () => {
    expect(NoBodyRequestSchema.safeParse(undefined).success).toBe(true);
    expect(NoBodyRequestSchema.safeParse({}).success).toBe(true);
  });

  it.each([
    [{ action_type: 'stop' }, ['action_type'], 'action_type: this request takes no body'],
    [[1], [], 'this request takes no body'],
    ['text', [], 'this request takes no body'],
    [null, [], 'this request takes no body'],
  ])('refuses %j, naming its first key', (body, path, message) => {
    const r = NoBodyRequestSchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path, message });
  });
});
