/**
 * Every page of the console, once: `path` is the router's pattern (app/router.tsx), `href(…)` the
 * address of one page. Links, redirects and navigation all come from here.
 */
export const paths = {
  login: { path: '/login', href: () => '/login' },
  jobs: { path: '/jobs', href: () => '/jobs' },
  createJob: {
    path: '/jobs/create',
    /**
     * `fromConfig`: pre-fill the form from this saved configuration; `fromJob`: from this job
     * version ("Copy").
     */
    href: (fromConfig?: string, fromJob?: { jobId: number; versionId: number }) =>
      fromJob !== undefined
        ? `/jobs/create?job=${fromJob.jobId}&version=${fromJob.versionId}`
        : fromConfig === undefined
          ? '/jobs/create'
          : `/jobs/create?config=${encodeURIComponent(fromConfig)}`,
  },
  v1Job: {
    path: '/jobs/v1/:jobId/versions/:versionId',
    /** The selected version is part of the URL. */
    href: (jobId: number, versionId: number, tab?: 'versions') =>
      `/jobs/v1/${jobId}/versions/${versionId}${tab ? `?tab=${tab}` : ''}`,
  },
  v1NewVersion: {
    path: '/jobs/v1/:jobId/versions/:versionId/new-version',
    href: (jobId: number, fromVersionId: number) =>
      `/jobs/v1/${jobId}/versions/${fromVersionId}/new-version`,
  },
  v2CreateJob: {
    path: '/jobs/v2/create',
    /** `fromJob`: pre-fill the form from this v2 job ("Copy"). */
    href: (fromJob?: string) =>
      fromJob === undefined
        ? '/jobs/v2/create'
        : `/jobs/v2/create?${new URLSearchParams({ from: fromJob }).toString()}`,
  },
  v2Job: {
    path: '/jobs/v2/:jobId',
    href: (jobId: string) => `/jobs/v2/${encodeURIComponent(jobId)}`,
  },
  configs: { path: '/configs', href: () => '/configs' },
  /** The OBS file browser at a folder (`/bucket/dir/`) or a file (its folder, file previewed). */
  obs: {
    path: '/obs',
    href: (obsPath?: string) =>
      obsPath ? `/obs?${new URLSearchParams({ path: obsPath }).toString()}` : '/obs',
  },
  /** The audit trail of the team portal (admins). */
  audit: { path: '/audit', href: () => '/audit' },
  createConfig: {
    path: '/configs/create',
    /** `fromJob`: pre-fill the form from this job version ("Save as configuration"). */
    href: (fromJob?: { jobId: number; versionId: number }) =>
      fromJob === undefined
        ? '/configs/create'
        : `/configs/create?job=${fromJob.jobId}&version=${fromJob.versionId}`,
  },
  config: {
    path: '/configs/:configName',
    href: (name: string) => `/configs/${encodeURIComponent(name)}`,
  },
  editConfig: {
    path: '/configs/:configName/edit',
    href: (name: string) => `/configs/${encodeURIComponent(name)}/edit`,
  },
} as const;
