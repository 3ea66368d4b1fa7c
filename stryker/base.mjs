// Shared Stryker settings for `pnpm mutate` (scripts/mutate.mjs): one run per package, each with
// its own Vitest project config, reports in reports/mutation/, incremental between runs.
// STRYKER_REPORT=<name> writes the reports and the incremental file of a partial run (`--mutate`
// subset, `--ignoreStatic`) under that name, so they do not replace the package's full ones.
export function strykerConfig(name, { mutate, pkg }) {
  const report = process.env.STRYKER_REPORT || name;
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner', '@stryker-mutator/typescript-checker'],
    checkers: ['typescript'],
    tsconfigFile: `${pkg}/tsconfig.json`,
    typescriptChecker: { prioritizePerformanceOverAccuracy: true },
    // each package's own Vitest project; `related` cannot map root-relative paths into it
    vitest: { configFile: `${pkg}/vitest.config.ts`, dir: pkg, related: false },
    coverageAnalysis: 'perTest',
    mutate,
    reporters: ['clear-text', 'html', 'json', 'progress'],
    clearTextReporter: { reportTests: false },
    htmlReporter: { fileName: `reports/mutation/${report}.html` },
    jsonReporter: { fileName: `reports/mutation/${report}.json` },
    incremental: true,
    incrementalFile: `reports/mutation/${report}-incremental.json`,
    concurrency: 2,
    timeoutMS: 20_000,
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    thresholds: { high: 85, low: 75, break: null },
  };
}
