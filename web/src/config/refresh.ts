/** How often a live v2 job, and what hangs under it (events, trials), is read again. */
export const V2_JOB_REFRESH_MS = 3_000;
