import {
  OBS_API,
  ObsListingSchema,
  ObsPutResultSchema,
  ObsStatSchema,
  type ObsListing,
} from '@console/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../api-client.js';

/** Query keys of the OBS browser: one listing per folder and search text, one stat per path. */
export const obsKeys = {
  all: ['obs'] as const,
  lists: () => [...obsKeys.all, 'list'] as const,
  list: (path: string, search: string) => [...obsKeys.lists(), path, search] as const,
  stat: (path: string) => [...obsKeys.all, 'stat', path] as const,
};

/** Entries per page of a listing ("Load more" asks for the next). */
export const OBS_PAGE_SIZE = 200;

/** A folder's entries, page by page (`next_marker`), optionally only names containing `search`. */
export function obsListQueryOptions(path: string, search = '') {
  return infiniteQueryOptions({
    queryKey: obsKeys.list(path, search),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(OBS_API.list, {
        query: {
          path,
          limit: OBS_PAGE_SIZE,
          marker: pageParam || undefined,
          search: search || undefined,
        },
        schema: ObsListingSchema,
        signal,
      }),
    initialPageParam: '',
    getNextPageParam: (last: ObsListing) => last.next_marker,
  });
}

/** What a path is: a file, a folder or nothing (never an error for a missing path). */
export function obsStatQueryOptions(path: string) {
  return queryOptions({
    queryKey: obsKeys.stat(path),
    queryFn: ({ signal }) =>
      apiRequest(OBS_API.stat, { query: { path }, schema: ObsStatSchema, signal }),
    staleTime: 10_000,
  });
}

/** Creates an empty folder (`path` ends with `/`). */
export function createObsFolder(path: string) {
  return apiRequest(OBS_API.folder, {
    method: 'POST',
    query: { path },
    schema: ObsPutResultSchema,
  });
}

/** The address of an object's bytes, for a link, an image or a download. */
export function obsObjectUrl(path: string, download = false): string {
  const q = new URLSearchParams({ path });
  if (download) q.set('download', '1');
  return `${OBS_API.object}?${q.toString()}`;
}
