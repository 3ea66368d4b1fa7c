import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  JobConfigDetailsResponseSchema,
  JobConfigListResponseSchema,
  V1SuccessSchema,
  type CreateJobConfigRequest,
  type UpdateJobConfigRequest,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { configKeys, type ConfigListParams } from './config-keys.js';

const BASE = '/api/v1/training-job-configs';
const path = (name: string) => `${BASE}/${encodeURIComponent(name)}`;

export const configListQueryOptions = (query: ConfigListParams) =>
  queryOptions({
    queryKey: configKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest(BASE, {
        query: {
          per_page: query.per_page,
          page: query.page,
          search_content: query.search || undefined,
        },
        schema: JobConfigListResponseSchema,
        signal,
      }),
    placeholderData: (previous) => previous,
  });

export const configDetailsQueryOptions = (name: string) =>
  queryOptions({
    queryKey: configKeys.detail(name),
    queryFn: ({ signal }) =>
      apiRequest(path(name), { schema: JobConfigDetailsResponseSchema, signal }),
    enabled: name !== '',
  });

export function useCreateConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateJobConfigRequest) =>
      apiRequest(BASE, { method: 'POST', body, schema: V1SuccessSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.lists() }),
  });
}

export function useUpdateConfig(name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateJobConfigRequest) =>
      apiRequest(path(name), { method: 'PUT', body, schema: V1SuccessSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.all }),
  });
}

export function useDeleteConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => apiRequest(path(name), { method: 'DELETE' }),
    onSuccess: (_d, name) => {
      queryClient.removeQueries({ queryKey: configKeys.detail(name) });
      return queryClient.invalidateQueries({ queryKey: configKeys.lists() });
    },
  });
}
