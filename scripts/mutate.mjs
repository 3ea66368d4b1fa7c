// `pnpm mutate [shared|bff|emulator|smoke ...]`: Stryker mutation testing, one run per package
// (stryker/<name>.config.mjs), HTML + JSON reports in reports/mutation/, then the score of each.
// Incremental: a re-run after a change tests only the mutants the change touched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['shared', 'bff', 'emulator'];
mkdirSync(`${root}reports/mutation`, { recursive: true });

/** Mutation score: killed (+ timeouts) over all valid mutants, as Stryker counts it. */
function score(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = {};
  for (const f of Object.values(report.files))
    for (const m of f.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { score: valid ? (100 * detected) / valid : 100, counts };
}

let failed = false;
for (const name of names) {
  const config = `stryker/${name}.config.mjs`;
  if (!existsSync(`${root}${config}`)) {
    console.error(`no ${config}`);
    process.exit(2);
  }
  console.log(`\n==> mutation testing: ${name}`);
  const r = spawnSync('pnpm', ['exec', 'stryker', 'run', config], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed = true;
  const json = `${root}reports/mutation/${name}.json`;
  if (existsSync(json)) {
    const { score: s, counts } = score(json);
    console.log(`${name}: mutation score ${s.toFixed(1)} % ${JSON.stringify(counts)}`);
  }
}
process.exit(failed ? 1 : 0);
