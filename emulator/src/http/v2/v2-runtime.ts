import type { EmulatorContext } from '../context.js';
import { DEFAULT_V2_TIMINGS, V2Runner, type V2Timings } from '../../runner/v2/v2-runner.js';
import { recoverInterruptedV2Jobs } from '../../runner/v2/v2-recovery.js';
import { LogLinkSigner } from '../../domain/v2/v2-logs.js';
import { SHIPPED_ALGORITHMS } from '../../domain/v2/v2-shipped-algorithms.js';
import { V2Store } from '../../store/v2-store.js';

/** The v2 services of one emulator: records, runner and log-link signer. */
export interface V2Runtime {
  ctx: EmulatorContext;
  v2: V2Store;
  runner: V2Runner;
  links: LogLinkSigner;
  /** Adds the shipped algorithms to a project the first time it is used. */
  ensureShipped(projectId: string): void;
}

export interface V2RuntimeOptions {
  timings?: Partial<V2Timings>;
  python?: string;
}

const runtimes = new WeakMap<EmulatorContext, V2Runtime>();

/**
 * The v2 runtime of an emulator context, created on first use (when the app is built): recovers
 * interrupted v2 jobs at once. Options only apply to the first call (tests call it before the app).
 */
export function v2RuntimeFor(ctx: EmulatorContext, opts: V2RuntimeOptions = {}): V2Runtime {
  const existing = runtimes.get(ctx);
  if (existing) return existing;
  const v2 = new V2Store(ctx.store);
  recoverInterruptedV2Jobs(v2, ctx.paths, ctx.log.child({ module: 'v2-recovery' }));
  const runner = new V2Runner({
    v2,
    paths: ctx.paths,
    log: ctx.log.child({ module: 'v2-runner' }),
    timings: {
      ...DEFAULT_V2_TIMINGS,
      metricsIntervalMs: ctx.runner.metricsIntervalMs,
      ...opts.timings,
    },
    python: opts.python ?? 'python3',
  });
  const rt: V2Runtime = {
    ctx,
    v2,
    runner,
    links: new LogLinkSigner(),
    ensureShipped(projectId) {
      const state = v2.state;
      if (state.seeded_projects.includes(projectId)) return;
      state.seeded_projects.push(projectId);
      const now = Date.now();
      for (const a of SHIPPED_ALGORITHMS) {
        if (v2.findAlgorithm(projectId, a.id)) continue;
        v2.addAlgorithm({
          id: a.id,
          project_id: projectId,
          user_name: 'modelarts',
          domain_id: '',
          create_time: now,
          update_time: now,
          shipped: true,
          body: a.body,
        });
      }
      v2.changed();
    },
  };
  runtimes.set(ctx, rt);
  return rt;
}

/** Kills running v2 tasks (their phase is left for the restart recovery). */
export async function shutdownV2(ctx: EmulatorContext): Promise<void> {
  await runtimes.get(ctx)?.runner.shutdown();
}
