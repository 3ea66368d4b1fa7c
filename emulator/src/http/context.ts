import type { AccessKey } from './iam/aksk-auth.js';
import type { UsersFile } from '../domain/iam/users.js';
import type { TokenService } from '../domain/iam/token-service.js';
import type { Logger } from '../logger.js';
import type { DataPaths } from '../paths.js';
import type { JobRunner } from '../runner/v1/job-runner.js';
import type { StateStore } from '../store/state-store.js';
import type { ControlState } from './control/control-state.js';
import type { LogIndex } from '../domain/v1/log-index.js';

/** Everything the HTTP layer needs; built once by createEmulatorContext. */
export interface EmulatorContext {
  paths: DataPaths;
  log: Logger;
  users: UsersFile;
  store: StateStore;
  tokens: TokenService;
  runner: JobRunner;
  logIndex: LogIndex;
  /** Test control surface; null unless enabled. */
  control: ControlState | null;
  /** Max training jobs per project (`quotas` of the job list). */
  jobQuota: number;
  /** The access key pair AK/SK-signed requests are checked against. */
  accessKey: AccessKey;
}
