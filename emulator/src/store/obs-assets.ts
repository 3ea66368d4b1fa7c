import fs from 'node:fs';
import path from 'node:path';

/**
 * Copies the shipped sample objects (code, datasets) into the object store, file by file, leaving
 * every file that already exists untouched. Returns the number of files copied.
 */
export function seedObs(assetsDir: string, obsDir: string): number {
  if (!fs.existsSync(assetsDir)) return 0;
  let copied = 0;
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(assetsDir, rel), { withFileTypes: true })) {
      const childRel = path.join(rel, entry.name);
      const target = path.join(obsDir, childRel);
      if (entry.isDirectory()) {
        fs.mkdirSync(target, { recursive: true });
        walk(childRel);
      } else if (entry.isFile() && !fs.existsSync(target)) {
        fs.copyFileSync(path.join(assetsDir, childRel), target);
        copied++;
      }
    }
  };
  fs.mkdirSync(obsDir, { recursive: true });
  walk('');
  return copied;
}
