import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstIssueField, issuePath } from './issue-path.js';

const Body = z.strictObject({
  name: z.string(),
  config: z.strictObject({ count: z.number() }),
  list: z.array(z.strictObject({ v: z.string() })),
});
const valid = { name: 'a', config: { count: 1 }, list: [{ v: 'x' }] };
const first = (body: unknown) => {
  const r = Body.safeParse(body);
  if (r.success) throw new Error('expected an issue');
  return r.error;
};

describe('issuePath', () => {
  it('names an unknown key at the top, inside an object and inside an array item', () => {
    expect(firstIssueField(first({ ...valid, prototype: 1 }))).toBe('prototype');
    expect(firstIssueField(first({ ...valid, config: { count: 1, extra: 2 } }))).toBe(
      'config.extra',
    );
    expect(firstIssueField(first({ ...valid, list: [{ v: 'x', evil: true }] }))).toBe(
      'list.0.evil',
    );
    const proto = JSON.parse('{"name":"a","config":{"count":1},"list":[],"__proto__":{"x":1}}');
    expect(firstIssueField(first(proto))).toBe('__proto__');
  });

  it('keeps the path of other issues and is empty for the body as a whole', () => {
    expect(firstIssueField(first({ ...valid, config: { count: 'no' } }))).toBe('config.count');
    expect(firstIssueField(first('not an object'))).toBe('');
    const issue = first({ ...valid, name: 5 }).issues[0]!;
    expect(issuePath(issue)).toEqual(['name']);
    expect(firstIssueField(new z.ZodError([]))).toBe('');
    expect(
      issuePath({ code: 'unrecognized_keys', keys: [], path: ['a'], message: 'x', input: {} }),
    ).toEqual(['a']);
  });
});
