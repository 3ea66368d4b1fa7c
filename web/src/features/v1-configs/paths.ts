/** Addresses of the configuration pages. */
export const configPath = (name: string) => `/configs/${encodeURIComponent(name)}`;
export const editConfigPath = (name: string) => `${configPath(name)}/edit`;
export const createJobFromConfigPath = (name: string) =>
  `/jobs/create?config=${encodeURIComponent(name)}`;
