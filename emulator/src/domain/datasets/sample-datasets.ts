/**
 * The shipped sample datasets (catalog §3.19). Each version's files are copied on start from a
 * folder under `emulator/assets/` into the object store at `data_path`, so a job given
 * `dataset_id` + `dataset_version_id` reads a real local folder.
 */
export interface SampleVersion {
  version_id: string;
  version_name: string;
  /** Folder under emulator/assets whose files make up this version. */
  source: string;
  create_time: number;
  train_evaluate_sample_ratio: string;
  description: string;
}

export interface SampleDataset {
  dataset_id: string;
  dataset_name: string;
  dataset_type: number;
  description: string;
  create_time: number;
  /** The version `current_version_id` names. */
  current: string;
  versions: SampleVersion[];
  labels: string[];
}

const DIGITS = 'obs/test-modelarts/dataset-mnist';
const SENTIMENT = 'datasets/sentiment';
const ANIMALS = 'datasets/animals';

export const SAMPLE_DATASETS: readonly SampleDataset[] = [
  {
    // the dataset and version of seed 002's create-job samples
    dataset_id: '38277e62-9e59-48f4-8d89-c8cf41622c24',
    dataset_name: 'dataset-digits',
    dataset_type: 0,
    description: '8x8 handwritten digits (digits.csv: 64 pixels + label)',
    create_time: 1605690595404,
    current: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
    labels: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    versions: [
      {
        version_id: '2ff0d6ba-c480-45ae-be41-09a8369bfc90',
        version_name: 'V001',
        source: DIGITS,
        create_time: 1605690687346,
        train_evaluate_sample_ratio: '0.8',
        description: 'all 1,500 images',
      },
    ],
  },
  {
    // the dataset and version of seeds 000/001 (training-job configurations)
    dataset_id: '4AZNvFkN7KYr5EdhFkH',
    dataset_name: 'dataset-sentiment',
    dataset_type: 100,
    description: 'short English sentences labelled positive / negative (sentiment.csv)',
    create_time: 1605691027084,
    current: 'UOF9BIeSGArwVt0oI6T',
    labels: ['negative', 'positive'],
    versions: [
      {
        version_id: 'UOF9BIeSGArwVt0oI6T',
        version_name: 'V001',
        source: SENTIMENT,
        create_time: 1605691027084,
        train_evaluate_sample_ratio: '1.00',
        description: '',
      },
    ],
  },
  {
    // the dataset of the dataset API pages' samples (three versions, V003 current)
    dataset_id: 'gfghHSokody6AJigS5A',
    dataset_name: 'dataset-f9e8',
    dataset_type: 0,
    description: '',
    create_time: 1605690595404,
    current: '54IXbeJhfttGpL46lbv',
    labels: ['cat', 'dog'],
    versions: [
      {
        version_id: 'vlGvUqOcxxGPIB0ugeE',
        version_name: 'V001',
        source: ANIMALS,
        create_time: 1605690687346,
        train_evaluate_sample_ratio: '0.99',
        description: '',
      },
      {
        version_id: 'eSOKEQaXhKzxN00WKoV',
        version_name: 'V002',
        source: ANIMALS,
        create_time: 1605691027084,
        train_evaluate_sample_ratio: '0.9999',
        description: '',
      },
      {
        version_id: '54IXbeJhfttGpL46lbv',
        version_name: 'V003',
        source: ANIMALS,
        create_time: 1605930512183,
        train_evaluate_sample_ratio: '0.8',
        description: '',
      },
    ],
  },
];

/** Where a version's files live in the object store (`data_path` of the version). */
export const versionDataPath = (datasetId: string, versionId: string) =>
  `/modelarts-datasets/${datasetId}/${versionId}/`;

export const findDataset = (id: string) => SAMPLE_DATASETS.find((d) => d.dataset_id === id);

export function findDatasetVersion(
  datasetId: string,
  versionId: string,
): { dataset: SampleDataset; version: SampleVersion } | undefined {
  const dataset = findDataset(datasetId);
  const version = dataset?.versions.find((v) => v.version_id === versionId);
  return dataset && version ? { dataset, version } : undefined;
}
