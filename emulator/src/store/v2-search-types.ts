/** Stored state of a hyperparameter search job (`V2JobRecord.autosearch`, persisted with its job in state/v2-jobs). */

/** A sampled hyperparameter value: numbers stay numbers, other discrete values stay strings. */
export type ConfigValue = number | string;
export type TrialConfig = Record<string, ConfigValue>;

/** One searched hyperparameter (a `search_params` entry that is not in `skip_search_params`). */
export type SearchDim =
  | {
      name: string;
      kind: 'continuous';
      lower: number;
      upper: number;
      /** `discrete_points_num`: sample only this many evenly spaced points (null = any value). */
      points: number | null;
    }
  | { name: string; kind: 'discrete'; values: ConfigValue[] };

export type SearchAlgorithmName = 'bayes_opt_search' | 'tpe_search' | 'anneal_search';
export type TrialStatus = 'PENDING' | 'RUNNING' | 'TERMINATED' | 'ERROR';

/** One reported iteration: a log line that matched the reward regex. */
export interface TrialIteration {
  /** epoch ms */
  at: number;
  reward: number;
  /** Latest value of each named metric (`reward_attrs[].name`) when the iteration was reported. */
  metrics: Record<string, string>;
}

export interface V2Trial {
  trial_id: string;
  index: number;
  status: TrialStatus;
  /** Sampled when the trial starts (null while PENDING). */
  config: TrialConfig | null;
  /** Process id of the trial's run (kept after it ends, as the trials table shows it). */
  pid: number | null;
  start_at: number | null;
  end_at: number | null;
  exit_code: number | null;
  early_stopped: boolean;
  iterations: TrialIteration[];
}

export interface V2SearchState {
  algorithm: SearchAlgorithmName;
  /** The algorithm's parameters: documented defaults overridden by `algo_configs[0].params`. */
  params: Record<string, string>;
  num_samples: number;
  seed: number;
  dims: SearchDim[];
  reward: { name: string; regex: string; mode: 'max' | 'min' };
  /** Named `reward_attrs` shown as extra columns (the reward's own name included, as on the page). */
  metrics: Array<{ name: string; regex: string }>;
  trials: V2Trial[];
}
