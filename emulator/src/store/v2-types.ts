import type {
  CreateAlgorithmRequest,
  InputRequest,
  OutputRequest,
  ParameterRequest,
  SpecRequest,
} from '@console/shared';
import type { SystemMetrics } from './types.js';
import type { V2SearchState } from './v2-search-types.js';

export interface V2Event {
  /** epoch ms */
  at: number;
  level: 'Info' | 'Warning' | 'Error';
  message: string;
  source: 'K8S' | 'Job' | 'Task';
}

export interface V2TaskRecord {
  task: string;
  rank: number;
  /** Process group leader while it runs. */
  pid: number | null;
  exit_code: number | null;
  message: string;
  metrics: SystemMetrics;
}

export interface V2RunningRecord {
  start_at: number;
  end_at?: number;
  start_type: 'init_or_rescheduled' | 'restarted';
  end_reason?: string;
  end_related_task?: string;
}

/** How the tasks run, resolved at create time from the algorithm source. */
export interface V2Launch {
  kind: 'boot_file' | 'command';
  code_dir: string | null;
  boot_file: string | null;
  command: string | null;
  image_url: string | null;
}

export interface V2EngineRef {
  engine_id?: string;
  engine_name?: string;
  engine_version?: string;
  image_url?: string;
  install_sys_packages?: boolean;
}

/** A v2 training job as stored (state.v2.jobs). */
export interface V2JobRecord {
  id: string;
  project_id: string;
  kind: string;
  name: string;
  description: string;
  workspace_id: string;
  annotations: Record<string, string>;
  user_name: string;
  create_time: number;
  phase: string;
  secondary_phase: string;
  start_time: number;
  end_time: number | null;
  algorithm: {
    id?: string;
    name?: string;
    subscription_id?: string;
    item_version_id?: string;
    code_dir?: string;
    boot_file?: string;
    command?: string;
    parameters: ParameterRequest[];
    policies: { auto_search?: unknown };
    inputs: InputRequest[];
    outputs: OutputRequest[];
    engine: V2EngineRef;
    local_code_dir?: string;
    working_dir?: string;
    environments: Record<string, string>;
    autosearch_config_path?: string;
    autosearch_framework_path?: string;
    summary?: Record<string, unknown>;
  };
  spec: SpecRequest & { resource: { flavor_id?: string; node_count: number; pool_id?: string } };
  endpoints?: Record<string, unknown>;
  launch: V2Launch;
  tasks: V2TaskRecord[];
  running_records: V2RunningRecord[];
  node_count_metrics: Array<[number, number]>;
  events: V2Event[];
  /** Why the job ended when it did not complete by itself. */
  end_reason: string | null;
  /** A hyperparameter search job (`policies.auto_search` with search_params and reward_attrs). */
  autosearch?: V2SearchState;
}

export interface V2AlgorithmRecord {
  id: string;
  project_id: string;
  user_name: string;
  domain_id: string;
  create_time: number;
  update_time: number;
  /** Shipped with the emulator (seed-003 sample algorithm). */
  shipped: boolean;
  body: CreateAlgorithmRequest;
}

export interface V2State {
  jobs: V2JobRecord[];
  algorithms: V2AlgorithmRecord[];
  /** Projects whose shipped algorithms were already added (deleting one keeps it deleted). */
  seeded_projects: string[];
}
