import type { AccessKey } from './iam/aksk-auth.js';
import type { UsersFile } from '../domain/iam/users.js';
import type { TokenService } from '../domain/iam/token-service.js';
import type { Logger } from '../logger.js';
import type { DataPaths } from '../paths.js';
import type { JobRunner } from '../runner/v1/job-runner.js';
import type { StateStore } from '../store/state-store.js';
import type { ControlState } from './control/control-state.js';
import type { LogIndex } from '../domain/v1/log-index.js';
import type { LogLinkSigner } from '../domain/v2/v2-logs.js';
import type { V2Runner } from '../runner/v2/v2-runner.js';
import type { V2Store } from '../store/v2-store.js';
import type { TemporaryCredentials } from '../domain/iam/temp-credentials.js';
import type { ObjectFiles } from '../store/obs-objects.js';
import type { UploadFiles } from '../store/obs-uploads.js';

/** Everything the HTTP layer needs; built once by createEmulator (emulator.ts). */
export interface EmulatorContext {
  paths: DataPaths;
  log: Logger;
  users: UsersFile;
  store: StateStore;
  tokens: TokenService;
  runner: JobRunner;
  logIndex: LogIndex;
  /** The v2 services, built by the composition root like the v1 ones above. */
  v2: { store: V2Store; runner: V2Runner; links: LogLinkSigner };
  /** Test control surface; null unless enabled. */
  control: ControlState | null;
  /** Max training jobs per project (`quotas` of the job list). */
  jobQuota: number;
  /** The access key pair AK/SK-signed requests are checked against. */
  accessKey: AccessKey;
  /** Temporary AK/SK + security tokens issued by IAM (`/v3.0/OS-CREDENTIAL/securitytokens`). */
  credentials: TemporaryCredentials;
  /** The object store as the OBS service sees it: objects and multipart uploads in progress. */
  obs: { objects: ObjectFiles; uploads: UploadFiles };
}
