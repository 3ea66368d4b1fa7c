import {
  TrainingJobSearchResponseSchema,
  type TrainingJobSearchResponse,
  v2Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import type { V2SearchBody } from '../list-sources.js';

/** `POST /api/v2/training-job-searches` (catalog §4.3): one page of v2 jobs. */
export function searchV2Jobs(
  body: V2SearchBody,
  signal?: AbortSignal,
): Promise<TrainingJobSearchResponse> {
  return apiRequest(apiPath(v2Endpoints.searchJobs), {
    method: 'POST',
    body,
    schema: TrainingJobSearchResponseSchema,
    ...(signal ? { signal } : {}),
  });
}
