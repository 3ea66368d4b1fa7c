import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AlgorithmSchema, v2Endpoints, type CreateAlgorithmRequest } from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { catalogKeys } from '../../../lib/query-keys/catalog-keys.js';

/** `POST /v2/{project_id}/algorithms` → 201 with the algorithm; the pickers' list is refreshed. */
export function useSaveAsAlgorithm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAlgorithmRequest) =>
      apiRequest(apiPath(v2Endpoints.createAlgorithm), {
        method: 'POST',
        body,
        schema: AlgorithmSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogKeys.v2Algorithms() }),
  });
}
