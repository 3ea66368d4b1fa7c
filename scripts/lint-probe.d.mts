/** The ids of the ESLint rules a made-up file at `filePath` (from the repo root) breaks. */
export function lintProbe(filePath: string, code: string): Promise<string[]>;
