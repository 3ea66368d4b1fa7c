/**
 * The host environment a job process may inherit (an allow-list, read once by config.ts): its
 * own variables are added on top. Nothing else of the emulator's environment reaches a job.
 */
export const HOST_ENV_KEYS = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TZ'] as const;

export type HostEnv = Readonly<Partial<Record<(typeof HOST_ENV_KEYS)[number], string>>>;

/** How a runner starts a process: the python interpreter and the inherited host environment. */
export interface ProcessHost {
  readonly python: string;
  readonly hostEnv: HostEnv;
}
