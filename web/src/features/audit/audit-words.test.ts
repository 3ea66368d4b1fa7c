import { describe, expect, it } from 'vitest';
import { describeAction, outcomeOf } from './audit-words.js';

const P = '/api/v1';
const P2 = '/api/v2';

describe('describeAction', () => {
  it.each([
    ['POST', `${P}/training-jobs`, 'Created job'],
    ['DELETE', `${P}/training-jobs/12`, 'Deleted job'],
    ['PUT', `${P}/training-jobs/12`, 'Changed job description'],
    ['POST', `${P}/training-jobs/12/versions`, 'Started new version'],
    ['DELETE', `${P}/training-jobs/12/versions/13`, 'Deleted version'],
    ['POST', `${P}/training-jobs/12/versions/13/stop`, 'Stopped job'],
    ['POST', `${P}/training-job-configs`, 'Saved configuration'],
    ['POST', `${P2}/training-jobs`, 'Created job'],
    ['POST', `${P2}/training-jobs/abc/actions`, 'Terminated job'],
    ['DELETE', `${P2}/training-jobs/abc`, 'Deleted job'],
    ['POST', `${P2}/training-jobs/abc/autosearch-trial-earlystop/3`, 'Stopped trial early'],
    ['PATCH', `${P2}/somewhere`, 'Other change (PATCH)'],
  ])('%s %s → %s', (method, path, words) => {
    expect(describeAction({ method, path })).toBe(words);
  });
});

describe('outcomeOf', () => {
  it('calls 2xx success, 4xx refused and 5xx failed', () => {
    expect(outcomeOf(201).label).toBe('success');
    expect(outcomeOf(403).label).toBe('refused');
    expect(outcomeOf(400).label).toBe('refused');
    expect(outcomeOf(502).label).toBe('failed');
  });
});
