import { describe, expect, it } from 'vitest';
import { DatasetListQuerySchema, DatasetListResponseSchema } from './dataset.js';
import { DatasetVersionListResponseSchema } from './dataset-version.js';

describe('dataset schemas', () => {
  it('read the list page sample (no data_url, extra keys)', () => {
    const r = DatasetListResponseSchema.parse({
      total_number: 1,
      datasets: [
        {
          dataset_id: 'gfghHSokody6AJigS5A',
          dataset_name: 'dataset-f9e8',
          dataset_type: 0,
          status: 1,
          data_sources: [{ data_type: 0, data_path: '/test-obs/classify/input/animals/' }],
          current_version_id: '54IXbeJhfttGpL46lbv',
          next_version_num: 4,
        },
      ],
    });
    expect(r.datasets[0]!.current_version_id).toBe('54IXbeJhfttGpL46lbv');
  });

  it('read version_format as a string and counts as numbers or strings', () => {
    const r = DatasetVersionListResponseSchema.parse({
      total_number: '1',
      versions: [
        {
          version_id: 'v',
          version_name: 'V003',
          version_format: 'Default',
          status: 1,
          is_current: true,
        },
      ],
    });
    expect(r.total_number).toBe(1);
    expect(r.versions[0]!.version_format).toBe('Default');
    expect(
      DatasetVersionListResponseSchema.safeParse({ total_number: 1, versions: [{}] }).success,
    ).toBe(false);
  });
});

describe('dataset list query flags', () => {
  it('reads "true" and "false" as booleans and nothing else', () => {
    const q = DatasetListQuerySchema.parse({ contain_versions: 'true', with_labels: 'false' });
    expect(q).toMatchObject({ contain_versions: true, with_labels: false });
    expect(q.file_preview).toBeUndefined();
    expect(DatasetListQuerySchema.safeParse({ file_preview: 'yes' }).success).toBe(false);
  });
});
