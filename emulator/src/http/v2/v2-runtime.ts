import type { LogLinkSigner } from '../../domain/v2/v2-logs.js';
import { ensureShippedAlgorithms } from '../../domain/v2/shipped-seeding.js';
import type { V2Runner } from '../../runner/v2/v2-runner.js';
import type { V2Store } from '../../store/v2-store.js';
import type { EmulatorContext } from '../context.js';

/** What the v2 routes use: the v2 services the composition root built (emulator.ts), as one view. */
export interface V2Runtime {
  ctx: EmulatorContext;
  v2: V2Store;
  runner: V2Runner;
  links: LogLinkSigner;
  /** Adds the shipped algorithms to a project the first time it is used. */
  ensureShipped(projectId: string): void;
}

/** The v2 view of a context: no state of its own, nothing built or recovered here. */
export function v2RuntimeOf(ctx: EmulatorContext): V2Runtime {
  const { store, runner, links } = ctx.v2;
  return {
    ctx,
    v2: store,
    runner,
    links,
    ensureShipped: (projectId) => ensureShippedAlgorithms(store, projectId),
  };
}
