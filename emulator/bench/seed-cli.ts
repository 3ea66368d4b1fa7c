/**
 * Seeds an emulator data folder from the command line (for benchmarks in other packages, which
 * start the emulator as a process):
 *
 *   node --conditions=@console/source --import tsx bench/seed-cli.ts <dir> <v1 jobs> <v2 jobs> [tokens]
 */
import { seedState } from './seed-state.js';

const [dir, v1, v2, tokens] = process.argv.slice(2);
if (!dir || !v1 || !v2) {
  console.error('usage: seed-cli.ts <dir> <v1 jobs> <v2 jobs> [tokens]');
  process.exit(2);
}
const bytes = seedState(dir, {
  v1Jobs: Number(v1),
  v2Jobs: Number(v2),
  tokens: Number(tokens ?? 0),
});
console.log(`seeded ${v1} v1 + ${v2} v2 jobs (${(bytes / 1e6).toFixed(1)} MB)`);
