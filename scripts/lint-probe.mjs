// Lints a made-up source file as if it lived at `filePath` (relative to the repo root) and returns
// the ids of the rules it breaks: the tests that prove an import boundary is enforced use it to
// commit a deliberate violation without writing it to disk.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let eslint;

export async function lintProbe(filePath, code) {
  eslint ??= new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}
