import { describe, expect, it } from 'vitest';
import { jobKeys } from '../../../lib/query-keys/job-keys.js';
import {
  autosearchKeys,
  parameterAnalysisQueryOptions,
  trialHistoryQueryOptions,
  trialsQueryOptions,
} from './autosearch-queries.js';

describe('auto-search queries', () => {
  it('live under the job key, so refreshing the job refreshes them', () => {
    const job = jobKeys.v2Job('j');
    for (const key of [
      autosearchKeys.trials('j'),
      autosearchKeys.trial('j', 't'),
      autosearchKeys.analysis('j'),
    ])
      expect(key.slice(0, job.length)).toEqual([...job]);
  });

  it('refresh about every 3 s while the job runs and stop once it ended', () => {
    expect(trialsQueryOptions('j', true).refetchInterval).toBe(3_000);
    expect(trialHistoryQueryOptions('j', 't', true).refetchInterval).toBe(3_000);
    expect(parameterAnalysisQueryOptions('j', true).refetchInterval).toBeGreaterThan(0);
    expect(trialsQueryOptions('j', false).refetchInterval).toBe(false);
    expect(trialHistoryQueryOptions('j', 't', false).refetchInterval).toBe(false);
    expect(parameterAnalysisQueryOptions('j', false).refetchInterval).toBe(false);
  });
});
