import { TrainingJobSearchResponseSchema, type TrainingJobSearchResponse } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import type { V2SearchBody } from '../list-sources.js';

/** `POST /api/v2/training-job-searches` (catalog §4.3): one page of v2 jobs. */
export function searchV2Jobs(
  body: V2SearchBody,
  signal?: AbortSignal,
): Promise<TrainingJobSearchResponse> {
  return apiRequest('/api/v2/training-job-searches', {
    method: 'POST',
    body,
    schema: TrainingJobSearchResponseSchema,
    ...(signal ? { signal } : {}),
  });
}
