import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  JobConfigDetailsResponseSchema,
  JobConfigListResponseSchema,
  V1SuccessSchema,
  type CreateJobConfigRequest,
  type UpdateJobConfigRequest,
  v1Endpoints,
} from '@console/shared';
import { apiRequest } from '../../../lib/api-client.js';
import { apiPath } from '../../../lib/api-path.js';
import { configKeys, type ConfigListParams } from './config-keys.js';

export const configListQueryOptions = (query: ConfigListParams) =>
  queryOptions({
    queryKey: configKeys.list(query),
    queryFn: ({ signal }) =>
      apiRequest(apiPath(v1Endpoints.listConfigs), {
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
      apiRequest(apiPath(v1Endpoints.getConfig, { config_name: name }), {
        schema: JobConfigDetailsResponseSchema,
        signal,
      }),
    enabled: name !== '',
  });

export function useCreateConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateJobConfigRequest) =>
      apiRequest(apiPath(v1Endpoints.createConfig), {
        method: 'POST',
        body,
        schema: V1SuccessSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.lists() }),
  });
}

export function useUpdateConfig(name: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateJobConfigRequest) =>
      apiRequest(apiPath(v1Endpoints.updateConfig, { config_name: name }), {
        method: 'PUT',
        body,
        schema: V1SuccessSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: configKeys.all }),
  });
}

export function useDeleteConfig() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      apiRequest(apiPath(v1Endpoints.deleteConfig, { config_name: name }), { method: 'DELETE' }),
    onSuccess: (_d, name) => {
      queryClient.removeQueries({ queryKey: configKeys.detail(name) });
      return queryClient.invalidateQueries({ queryKey: configKeys.lists() });
    },
  });
}
