import type { ConsoleErrorBody } from '@console/shared';
import { describe, expect, it } from 'vitest';
import { TooManyRequestsError } from '../errors.js';
import { SessionStreams } from './session-streams.js';

const stream = (log: ConsoleErrorBody[], hungUp: string[] = [], name = '') => ({
  fail: (b: ConsoleErrorBody) => log.push(b),
  hangUp: () => hungUp.push(name),
});

describe('SessionStreams', () => {
  it('caps streams per session and frees a slot on release', () => {
    const s = new SessionStreams(2);
    const failed: ConsoleErrorBody[] = [];
    const first = stream(failed);
    s.add('a', first);
    s.add('a', stream(failed));
    expect(() => s.add('a', stream(failed))).toThrow(TooManyRequestsError);
    s.add('b', stream(failed));
    s.remove('a', first);
    s.remove('a', first);
    s.remove('b', first);
    expect([s.count('a'), s.count('b')]).toEqual([1, 1]);
    s.add('a', stream(failed));
    expect(s.count('a')).toBe(2);
  });

  it('ends every stream of a session, and only those, with Console.0401', () => {
    const s = new SessionStreams(8);
    const a: ConsoleErrorBody[] = [];
    const b: ConsoleErrorBody[] = [];
    s.add('a', stream(a));
    s.add('a', stream(a));
    s.add('b', stream(b));
    s.closeSession('a');
    expect(a.map((e) => e.error_code)).toEqual(['Console.0401', 'Console.0401']);
    expect(b).toEqual([]);
    expect([s.count('a'), s.count('b')]).toEqual([0, 1]);
  });

  it('hangs up every stream of every session without an error event (a replica shutting down)', () => {
    const s = new SessionStreams(8);
    const failed: ConsoleErrorBody[] = [];
    const hungUp: string[] = [];
    s.add('a', stream(failed, hungUp, 'a1'));
    s.add('a', stream(failed, hungUp, 'a2'));
    s.add('b', stream(failed, hungUp, 'b1'));
    s.hangUpAll();
    expect(hungUp.sort()).toEqual(['a1', 'a2', 'b1']);
    expect(failed).toEqual([]);
    expect(s.total()).toBe(0);
  });
});
