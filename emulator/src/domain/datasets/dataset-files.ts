import fs from 'node:fs';
import path from 'node:path';
import { ASSETS_DIR, obsToLocal, type DataPaths } from '../../paths.js';
import { seedObs } from '../../store/obs-assets.js';
import { SAMPLE_DATASETS, versionDataPath } from './sample-datasets.js';

/** The local folder of a dataset version (inside the object store, at its `data_path`). */
export const datasetVersionFolder = (paths: DataPaths, datasetId: string, versionId: string) =>
  obsToLocal(paths.obs, versionDataPath(datasetId, versionId));

/** Copies every sample version's files into its folder (existing files are kept). */
export function seedDatasets(paths: DataPaths): void {
  for (const d of SAMPLE_DATASETS)
    for (const v of d.versions)
      seedObs(
        path.join(ASSETS_DIR, v.source),
        datasetVersionFolder(paths, d.dataset_id, v.version_id),
      );
}

/** Samples in a version folder: data rows of its files (a CSV header line is not a sample). */
export function countSamples(folder: string): number {
  let count = 0;
  try {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const lines = fs.readFileSync(path.join(folder, entry.name), 'utf8').split('\n');
      const rows = lines.filter((l) => l.trim() !== '');
      const header = rows[0] !== undefined && /[a-z]/i.test(rows[0]) && rows[0].includes(',');
      count += rows.length - (header && entry.name.endsWith('.csv') ? 1 : 0);
    }
  } catch {
    return 0;
  }
  return count;
}
