import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { autosearchKeys } from './api/autosearch-queries.js';

/** When the job stops being live, fetch the search's tables once more (their final state). */
export function useRefetchWhenEnded(jobId: string, live: boolean): void {
  const queryClient = useQueryClient();
  const wasLive = useRef(live);
  useEffect(() => {
    if (wasLive.current && !live)
      void queryClient.invalidateQueries({ queryKey: autosearchKeys.all(jobId) });
    wasLive.current = live;
  }, [queryClient, jobId, live]);
}
