import { DEMO_ACCESS_KEY, type AccessKey } from './http/iam/aksk-auth.js';
import { ControlState } from './http/control/control-state.js';
import type { EmulatorContext } from './http/context.js';
import { DEFAULT_TOKEN_TTL_MS, TokenService } from './domain/iam/token-service.js';
import { loadUsersFile } from './domain/iam/users.js';
import { seedDatasets } from './domain/datasets/dataset-files.js';
import { createLogger, type Logger } from './logger.js';
import { ASSETS_OBS_DIR, dataPaths, DEFAULT_USERS_FILE } from './paths.js';
import { DEFAULT_TIMINGS, JobRunner, type RunnerTimings } from './runner/v1/job-runner.js';
import { seedObs } from './store/obs-assets.js';
import { recoverInterruptedJobs } from './runner/v1/recovery.js';
import { StateStore } from './store/state-store.js';
import { LogIndex } from './domain/v1/log-index.js';
import { shutdownV2 } from './http/v2/v2-runtime.js';

export interface EmulatorOptions {
  dataDir: string;
  logger?: Logger;
  control?: boolean;
  usersFile?: string;
  tokenTtlMs?: number;
  timings?: Partial<RunnerTimings>;
  jobQuota?: number;
  python?: string;
  /** Copy the shipped sample objects into the object store (default true). */
  seedAssets?: boolean;
  /** The AK/SK pair for signed requests (default: the documented demo pair). */
  accessKey?: AccessKey;
}

export interface Emulator {
  ctx: EmulatorContext;
  /** Kills running jobs (their status is left for the next start's recovery) and writes the state. */
  shutdown(): Promise<void>;
}

/** Builds the emulator's services over a data folder: loads state, recovers, seeds OBS. */
export function createEmulator(opts: EmulatorOptions): Emulator {
  const log = opts.logger ?? createLogger('silent');
  const paths = dataPaths(opts.dataDir);
  const store = new StateStore(paths.stateFile, log.child({ module: 'store' }));
  if (opts.seedAssets !== false) {
    seedObs(ASSETS_OBS_DIR, paths.obs);
    seedDatasets(paths);
  }
  recoverInterruptedJobs(store, paths, log.child({ module: 'recovery' }));
  const runner = new JobRunner({
    store,
    paths,
    log: log.child({ module: 'runner' }),
    timings: { ...DEFAULT_TIMINGS, ...opts.timings },
    python: opts.python ?? 'python3',
  });
  const ctx: EmulatorContext = {
    paths,
    log,
    users: loadUsersFile(opts.usersFile ?? DEFAULT_USERS_FILE),
    store,
    tokens: new TokenService(store, opts.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS),
    runner,
    logIndex: new LogIndex(),
    control: opts.control ? new ControlState() : null,
    jobQuota: opts.jobQuota ?? 100,
    accessKey: opts.accessKey ?? DEMO_ACCESS_KEY,
  };
  return {
    ctx,
    async shutdown() {
      await runner.shutdown();
      await shutdownV2(ctx);
      await store.flush();
    },
  };
}
