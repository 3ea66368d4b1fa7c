/** Addresses of the job detail pages (the selected version is part of the URL). */
export const versionPath = (jobId: number, versionId: number, tab?: 'versions') =>
  `/jobs/v1/${jobId}/versions/${versionId}${tab ? `?tab=${tab}` : ''}`;

export const newVersionPath = (jobId: number, fromVersionId: number) =>
  `/jobs/v1/${jobId}/versions/${fromVersionId}/new-version`;
