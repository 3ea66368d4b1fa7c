/** What a restart records for the jobs it found running (v1 and v2 recovery alike). */
export const RESTART_REASON = 'emulator restarted while the job was running';
/**
 * The exit code recorded for a process the restart ended: 137 = 128 + SIGKILL, as a container
 * reports a killed process (the recovery SIGKILLs leftovers; shutdown SIGKILLs its own).
 */
export const RESTART_EXIT_CODE = 137;
