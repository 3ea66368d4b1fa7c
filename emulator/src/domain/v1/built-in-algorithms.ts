/**
 * Built-in algorithms (catalog §3.12). Each one is a shipped standard-library Python script under
 * `emulator/assets/algorithms/`; a job with `config.model_id` runs it with the algorithm's default
 * parameters, overridden by the job's own `parameter` list.
 */
export interface AlgorithmParameter {
  label: string;
  value: string;
  required: boolean;
  placeholder_cn: string;
  placeholder_en: string;
}

export interface BuiltInAlgorithmDef {
  model_id: number;
  model_name: string;
  model_usage: number;
  model_precision: string;
  model_size: number;
  model_train_dataset: string;
  model_dataset_format: string;
  model_description_url: string;
  parameter: AlgorithmParameter[];
  create_time: number;
  engine_id: number;
  /** File name under emulator/assets/algorithms. */
  script: string;
}

const param = (label: string, value: string, en: string, required = true): AlgorithmParameter => ({
  label,
  value,
  required,
  placeholder_cn: en,
  placeholder_en: en,
});

const DIGITS_FORMAT = 'digits.csv: 64 comma-separated pixel values (0-16) and a label per line';

export const BUILT_IN_ALGORITHMS: readonly BuiltInAlgorithmDef[] = [
  {
    // model_id 1: the id the configuration samples of the REST pages send
    model_id: 1,
    model_name: 'Softmax_Classifier',
    model_usage: 1,
    model_precision: '93.5%(top1)',
    model_size: 5300,
    model_train_dataset: 'dataset-digits, 10 classes of 8x8 handwritten digits',
    model_dataset_format: DIGITS_FORMAT,
    model_description_url: 'https://en.wikipedia.org/wiki/Multinomial_logistic_regression',
    parameter: [
      param('max_steps', '40', 'Number of training steps'),
      param('learning_rate', '0.5', 'Learning rate'),
      param('batch_size', '32', 'Images per training step'),
      param(
        'step_seconds',
        '0.1',
        'Minimum seconds per step (slows the run down to watch it)',
        false,
      ),
    ],
    create_time: 1522218780025,
    engine_id: 4,
    script: 'softmax_classifier.py',
  },
  {
    model_id: 2,
    model_name: 'KMeans_Clustering',
    model_usage: 5,
    model_precision: '0.62(adjusted purity)',
    model_size: 5200,
    model_train_dataset: 'dataset-digits, unlabelled use of 8x8 handwritten digits',
    model_dataset_format: DIGITS_FORMAT,
    model_description_url: 'https://en.wikipedia.org/wiki/K-means_clustering',
    parameter: [
      param('num_clusters', '10', 'Number of clusters (k)'),
      param('max_iterations', '15', 'Maximum number of Lloyd iterations'),
      param('seed', '7', 'Random seed of the initial centres', false),
    ],
    create_time: 1525313224596,
    engine_id: 100,
    script: 'kmeans.py',
  },
];

export const findBuiltInAlgorithm = (id: number) =>
  BUILT_IN_ALGORITHMS.find((a) => a.model_id === id);

/** The algorithm's defaults with the job's own values on top (same label → job wins). */
export function algorithmArgs(
  algorithm: BuiltInAlgorithmDef,
  own: ReadonlyArray<{ label: string; value: string | number }> = [],
): Array<{ label: string; value: string }> {
  const merged = new Map(algorithm.parameter.map((p) => [p.label, p.value]));
  for (const p of own) merged.set(p.label, String(p.value));
  return [...merged].map(([label, value]) => ({ label, value }));
}
