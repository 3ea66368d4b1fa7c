import fs from 'node:fs';
import path from 'node:path';

/** Every file under the emulator's object store, as console OBS paths (`/bucket/key`), sorted. */
export function storedObsFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'obs');
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((d) => d.isFile())
    .map(
      (d) => `/${path.relative(root, path.join(d.parentPath, d.name)).split(path.sep).join('/')}`,
    )
    .sort();
}

/** Multipart uploads in progress in the emulator (folders under `obs-uploads/`). */
export function pendingUploads(dataDir: string): string[] {
  const root = path.join(dataDir, 'obs-uploads');
  return fs.existsSync(root) ? fs.readdirSync(root) : [];
}
