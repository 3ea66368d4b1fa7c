import { describe, expect, it } from 'vitest';
import { groupsIn, rolesFor } from './roles.js';

const bindings = [
  { group: 'ml-viewers', project: 'eu-de', role: 'viewer' as const },
  { group: 'ml-admins', project: 'eu-de', role: 'admin' as const },
  { group: 'ml-engineers', project: 'eu-de', role: 'operator' as const },
  { group: 'ml-engineers', project: 'eu-nl', role: 'operator' as const },
];

describe('rolesFor', () => {
  it('gives each project the highest role any of the groups holds there', () => {
    expect(rolesFor(['ml-viewers', 'ml-admins', 'ml-engineers'], bindings)).toEqual({
      'eu-de': 'admin',
      'eu-nl': 'operator',
    });
    expect(rolesFor(['ml-engineers', 'ml-viewers'], bindings)).toEqual({
      'eu-de': 'operator',
      'eu-nl': 'operator',
    });
  });

  it('gives no role for groups without a binding', () => {
    expect(rolesFor(['marketing'], bindings)).toEqual({});
    expect(rolesFor([], bindings)).toEqual({});
  });
});

describe('groupsIn', () => {
  it('reads a list of strings or one string, and nothing else', () => {
    expect(groupsIn(['a', 2, 'b', null])).toEqual(['a', 'b']);
    expect(groupsIn('a')).toEqual(['a']);
    expect(groupsIn(undefined)).toEqual([]);
    expect(groupsIn({ a: 1 })).toEqual([]);
  });
});
