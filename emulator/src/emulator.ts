import { DEMO_ACCESS_KEY, type AccessKey } from './http/iam/aksk-auth.js';
import { ControlState } from './http/control/control-state.js';
import type { EmulatorContext } from './http/context.js';
import { seedDatasets } from './domain/datasets/dataset-files.js';
import { DEFAULT_TOKEN_TTL_MS, TokenService } from './domain/iam/token-service.js';
import { loadUsersFile } from './domain/iam/users.js';
import { LogIndex } from './domain/v1/log-index.js';
import { LogLinkSigner } from './domain/v2/v2-logs.js';
import { DEFAULT_JOB_QUOTA, processHostEnv } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { ASSETS_OBS_DIR, dataPaths, DEFAULT_USERS_FILE } from './paths.js';
import { DEFAULT_TIMINGS, JobRunner, type RunnerTimings } from './runner/v1/job-runner.js';
import type { HostEnv } from './runner/common/host-env.js';
import { LaunchQueue } from './runner/common/launch-queue.js';
import { ProcScanner } from './runner/common/proc-scanner.js';
import { recoverInterruptedJobs } from './runner/v1/recovery.js';
import { DEFAULT_V2_TIMINGS, V2Runner, type V2Timings } from './runner/v2/v2-runner.js';
import { recoverInterruptedV2Jobs } from './runner/v2/v2-recovery.js';
import { seedObs } from './store/obs-assets.js';
import { ObjectFiles } from './store/obs-objects.js';
import { UploadFiles } from './store/obs-uploads.js';
import { TemporaryCredentials } from './domain/iam/temp-credentials.js';
import { StateStore } from './store/state-store.js';
import { V2Store } from './store/v2-store.js';

/** Between two job launches: 50 jobs started at once take a second to launch, the API stays up. */
const LAUNCH_GAP_MS = 20;

export interface EmulatorOptions {
  dataDir: string;
  logger?: Logger;
  control?: boolean;
  usersFile?: string;
  tokenTtlMs?: number;
  /** v1 lifecycle steps. */
  timings?: Partial<RunnerTimings>;
  /** v2 lifecycle steps (metrics interval: the v1 one unless given). */
  v2Timings?: Partial<V2Timings>;
  jobQuota?: number;
  python?: string;
  /** Host variables job processes inherit (config.ts; default: this process's). */
  hostEnv?: HostEnv;
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

/**
 * The composition root: builds every service over a data folder — state, IAM, the v1 and the v2
 * runner — after seeding OBS and recovering the jobs a stop interrupted (v1 and v2 alike).
 * Building the HTTP app (http/app.ts) has no side effects on top of this.
 */
export function createEmulator(opts: EmulatorOptions): Emulator {
  const log = opts.logger ?? createLogger('silent');
  const paths = dataPaths(opts.dataDir);
  const python = opts.python ?? 'python3';
  const hostEnv = opts.hostEnv ?? processHostEnv();
  const store = new StateStore(paths.stateFile, log.child({ module: 'store' }));
  const v2Store = new V2Store(store);
  if (opts.seedAssets !== false) {
    seedObs(ASSETS_OBS_DIR, paths.obs);
    seedDatasets(paths);
  }
  recoverInterruptedJobs(store, paths, log.child({ module: 'recovery' }));
  recoverInterruptedV2Jobs(v2Store, paths, log.child({ module: 'v2-recovery' }));

  const timings = { ...DEFAULT_TIMINGS, ...opts.timings };
  // both runners start their jobs through one queue and sample them with one /proc scan
  const launches = new LaunchQueue(
    (err) => log.error({ err }, 'a job launch failed unexpectedly'),
    LAUNCH_GAP_MS,
  );
  const scanner = new ProcScanner();
  const runner = new JobRunner({
    store,
    paths,
    log: log.child({ module: 'runner' }),
    timings,
    python,
    hostEnv,
    launches,
    scanner,
  });
  const v2Runner = new V2Runner({
    v2: v2Store,
    paths,
    log: log.child({ module: 'v2-runner' }),
    timings: {
      ...DEFAULT_V2_TIMINGS,
      metricsIntervalMs: timings.metricsIntervalMs,
      ...opts.v2Timings,
    },
    python,
    hostEnv,
    launches,
    scanner,
  });
  const ctx: EmulatorContext = {
    paths,
    log,
    users: loadUsersFile(opts.usersFile ?? DEFAULT_USERS_FILE),
    store,
    tokens: new TokenService(store, opts.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS),
    runner,
    logIndex: new LogIndex(),
    v2: { store: v2Store, runner: v2Runner, links: new LogLinkSigner() },
    control: opts.control ? new ControlState() : null,
    jobQuota: opts.jobQuota ?? DEFAULT_JOB_QUOTA,
    accessKey: opts.accessKey ?? DEMO_ACCESS_KEY,
    credentials: new TemporaryCredentials(),
    obs: {
      objects: new ObjectFiles(paths.obs, paths.obsIncoming),
      uploads: new UploadFiles(paths.obsUploads),
    },
  };
  ctx.obs.objects.clearIncoming();
  return {
    ctx,
    async shutdown() {
      await runner.shutdown();
      await v2Runner.shutdown();
      await store.flush();
    },
  };
}
