// Part of `pnpm lint`: no import cycles in any package (madge, type-only imports included) and no
// source file over 300 lines (tests and fixtures aside). Exits 1 naming each offender.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['shared', 'bff', 'emulator', 'web'];
const MAX_LINES = 300;
const problems = [];

for (const pkg of PACKAGES) {
  const res = await madge(join(root, pkg, 'src'), {
    fileExtensions: ['ts', 'tsx'],
    tsConfig: join(root, pkg, 'tsconfig.json'),
  });
  for (const cycle of res.circular())
    problems.push(`import cycle in ${pkg}/src: ${cycle.join(' → ')}`);
}

const isTestOrFixture = (name) => /\.test\.tsx?$/.test(name) || name === '__fixtures__';
function walk(dir) {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (isTestOrFixture(d.name) || d.name === 'test-support') continue;
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p);
    else if (/\.tsx?$/.test(d.name)) {
      const lines = readFileSync(p, 'utf8').split('\n').length;
      if (lines > MAX_LINES)
        problems.push(`${relative(root, p)}: ${lines} lines (at most ${MAX_LINES})`);
    }
  }
}
for (const pkg of PACKAGES) walk(join(root, pkg, 'src'));

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `structure: no import cycles in ${PACKAGES.join(', ')}; no source file over ${MAX_LINES} lines`,
);
