// The last step of `pnpm bench`: one table from every reports/bench-*.json (measure, target,
// min/median/max over the runs, met or not), written to reports/bench-summary.md and printed.
// A measure is met when its median is within the target. REPORTS_DIR reads another folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summaryRows } from './lib/bench-rows.mjs';

const dir = process.env.REPORTS_DIR ?? fileURLToPath(new URL('../reports', import.meta.url));

function read(file) {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8'));
}

const num = (v) => {
  if (typeof v !== 'number' || !Number.isFinite(v)) return '–';
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString('en');
  return String(Number(v.toFixed(Math.abs(v) >= 10 ? 1 : 2)));
};
const verdict = (met) => (met === true ? 'met' : met === false ? '**not met**' : '—');
const cell = (s) => String(s ?? '').replaceAll('|', '\\|');

const rows = summaryRows(read);
const lines = [
  '# Benchmark summary',
  '',
  `Written ${new Date().toISOString()} from reports/bench-*.json (${os.cpus().length} CPUs, load now ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}). Met = the median within the target. The machine is shared: ratios measured`,
  'side by side in one run mean more than absolute times.',
  '',
  '| measure | target | min | median | max | runs | verdict | detail | measured |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${cell(r.measure)} | ${cell(r.target)} | ${num(r.min)} | ${num(r.median)} | ${num(r.max)} | ${r.n || ''} | ${verdict(r.met)} | ${cell(r.detail)} | ${cell(r.at?.slice(0, 16) ?? '')} |`,
  ),
  '',
];
const met = rows.filter((r) => r.met === true).length;
const judged = rows.filter((r) => r.met !== undefined).length;
lines.push(`${met} of ${judged} targets met.`, '');

const text = lines.join('\n');
writeFileSync(join(dir, 'bench-summary.md'), text);
console.log(text);
