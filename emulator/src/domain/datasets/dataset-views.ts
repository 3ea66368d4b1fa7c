import { versionDataPath, type SampleDataset, type SampleVersion } from './sample-datasets.js';

/** A version as the dataset API returns it (catalog §3.19). */
export function datasetVersionView(d: SampleDataset, v: SampleVersion) {
  const index = d.versions.indexOf(v);
  return {
    version_id: v.version_id,
    version_name: v.version_name,
    version_format: 'Default',
    previous_version_id: index > 0 ? d.versions[index - 1]!.version_id : null,
    status: 1,
    is_current: d.current === v.version_id,
    create_time: v.create_time,
    total_sample_count: 0,
    annotated_sample_count: 0,
    description: v.description,
    train_evaluate_sample_ratio: v.train_evaluate_sample_ratio,
    manifest_path: `${versionDataPath(d.dataset_id, v.version_id)}${v.version_name}.manifest`,
    data_path: versionDataPath(d.dataset_id, v.version_id),
    task_type: d.dataset_type,
    label_type: 'single',
    label_stats: d.labels.map((name) => ({
      name,
      type: d.dataset_type,
      property: {},
      count: 0,
      sample_count: 0,
    })),
  };
}

/** A dataset as list items and details show it; `versions` holds the current version only. */
export function datasetView(d: SampleDataset, sampleCount: (v: SampleVersion) => number) {
  const current = d.versions.find((v) => v.version_id === d.current) ?? d.versions.at(-1)!;
  const currentView = {
    ...datasetVersionView(d, current),
    total_sample_count: sampleCount(current),
  };
  return {
    dataset_id: d.dataset_id,
    dataset_name: d.dataset_name,
    dataset_type: d.dataset_type,
    dataset_format: 0,
    data_format: 'Default',
    status: 1,
    current_version_id: current.version_id,
    current_version_name: current.version_name,
    dataset_version_count: d.versions.length,
    description: d.description,
    data_url: versionDataPath(d.dataset_id, current.version_id),
    data_sources: [{ data_type: 0, data_path: versionDataPath(d.dataset_id, current.version_id) }],
    work_path: `/modelarts-datasets/${d.dataset_id}/output/`,
    total_sample_count: currentView.total_sample_count,
    annotated_sample_count: currentView.total_sample_count,
    create_time: d.create_time,
    update_time: current.create_time,
    workspace_id: '0',
    labels: d.labels.map((name) => ({ name, type: d.dataset_type, property: {} })),
    versions: [currentView],
  };
}
