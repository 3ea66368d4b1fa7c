import type { CreateJobConfig, UpdateJobConfigRequest } from '@console/shared';

/** The nine keys of `system_metric_list` (catalog §3.3); series values are strings like "3.10". */
export interface SystemMetrics {
  cpuUsage: string[];
  memUsage: string[];
  gpuUtil: string[];
  gpuMemUsage: string[];
  diskReadRate: string[];
  diskWriteRate: string[];
  recvBytesRate: string[];
  sendBytesRate: string[];
  interval: number;
}

export type MetricSeriesKey = Exclude<keyof SystemMetrics, 'interval'>;

export interface ErrorResult {
  error_code: string;
  error_message: string;
}

export interface VersionRecord {
  version_id: number;
  version_name: string;
  pre_version_id: number | null;
  status: number;
  create_time: number;
  start_time: number | null;
  end_time: number | null;
  resource_id: string;
  /** The create request's config as accepted (after validation). */
  config: CreateJobConfig;
  spec_id: number | null;
  engine_id: number | null;
  log_files: string[];
  /** Process ids of the workers while they run (process group leaders). */
  pids: number[];
  system_metric_list: SystemMetrics;
  error_result: ErrorResult | null;
}

export interface JobRecord {
  job_id: number;
  job_name: string;
  job_desc: string;
  project_id: string;
  workspace_id: string;
  create_time: number;
  versions: VersionRecord[];
  /** Highest version number used (names are not reused after a version is deleted). */
  highest_version?: number;
}

/** Tokens are stored as SHA-256 hashes so the state file holds no usable credential. */
export interface TokenRecord {
  hash: string;
  user_name: string;
  user_id: string;
  domain_name: string;
  domain_id: string;
  project_id: string;
  project_name: string;
  issued_at: number;
  expires_at: number;
}

/** A saved training-job configuration (catalog §3.15); the name is the key within a project. */
export interface JobConfigRecord {
  project_id: string;
  config_name: string;
  create_time: number;
  /** The create/modify body without config_name. */
  body: UpdateJobConfigRequest;
}

/** A v1 visualization job (catalog §3.16): a page listing train_url stands in for TensorBoard. */
export interface VisualizationJobRecord {
  job_id: number;
  project_id: string;
  job_name: string;
  job_desc: string;
  job_type: string;
  train_url: string;
  flavor_code: string | null;
  /** Auto-stop after this many hours (0 or null: never). */
  stop_after_hours: number | null;
  status: number;
  create_time: number;
  start_time: number | null;
  end_time: number | null;
  resource_id: string;
  workspace_id: string;
}

export interface EmulatorState {
  schema: 1;
  next_job_id: number;
  next_version_id: number;
  jobs: JobRecord[];
  tokens: TokenRecord[];
  job_configs: JobConfigRecord[];
  visualization_jobs: VisualizationJobRecord[];
}

export function emptyState(): EmulatorState {
  return {
    schema: 1,
    next_job_id: 567524,
    next_version_id: 1108482,
    jobs: [],
    tokens: [],
    job_configs: [],
    visualization_jobs: [],
  };
}

export function emptyMetrics(intervalSeconds: number): SystemMetrics {
  return {
    cpuUsage: [],
    memUsage: [],
    gpuUtil: [],
    gpuMemUsage: [],
    diskReadRate: [],
    diskWriteRate: [],
    recvBytesRate: [],
    sendBytesRate: [],
    interval: intervalSeconds,
  };
}
