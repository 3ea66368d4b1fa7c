import { describe, expect, it } from 'vitest';
import { creatorOf, mayStopJobOf, notYoursNote } from './job-owner.js';

describe('job owners', () => {
  it('reads the creator annotation of a v2 job', () => {
    expect(creatorOf({ annotations: { 'modelarts-console/created-by': 'otto' } })).toBe('otto');
    expect(creatorOf({ annotations: { other: 'x' } })).toBeNull();
    expect(creatorOf({ annotations: null })).toBeNull();
    expect(creatorOf(undefined)).toBeNull();
  });

  it('lets an operator stop only their own jobs; admins and the personal console any', () => {
    expect(mayStopJobOf('operator', 'otto', 'otto')).toBe(true);
    expect(mayStopJobOf('operator', 'otto', 'olga')).toBe(false);
    expect(mayStopJobOf('operator', 'otto', null)).toBe(false);
    expect(mayStopJobOf('operator', 'otto', undefined)).toBe(true);
    expect(mayStopJobOf('admin', 'ada', 'otto')).toBe(true);
    expect(mayStopJobOf(undefined, 'me', null)).toBe(true);
  });

  it('says whose job it is', () => {
    expect(notYoursNote('olga')).toBe(
      "This job is olga's: as an operator you may stop only your own jobs",
    );
    expect(notYoursNote(null)).toMatch(/not started by you through this console/);
  });
});
