/** The list parameters the configurations page keeps in its URL. */
export interface ConfigListParams {
  page: number;
  per_page: number;
  search: string;
}

/** Query keys of saved training-job configurations. */
export const configKeys = {
  all: ['job-configs'] as const,
  lists: () => [...configKeys.all, 'list'] as const,
  list: (query: ConfigListParams) => [...configKeys.lists(), query] as const,
  details: () => [...configKeys.all, 'detail'] as const,
  detail: (name: string) => [...configKeys.details(), name] as const,
};
