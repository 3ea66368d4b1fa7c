import { strykerConfig } from './base.mjs';

/**
 * `pnpm mutate replicas`: the BFF's shared state over several replicas (issue 10) — the log
 * fan-out through Redis and the encrypted session store — against the BFF's unit tests (a real
 * redis-server included; no spawned BFF processes).
 */
export default {
  ...strykerConfig('replicas', {
    mutate: [
      'bff/src/services/log-tail/{tail-store,tail-entries,tail-holder,redis-tail,shared-tail-registry,redis-poller-budget,access-checks,poller-budget}.ts',
      'bff/src/services/redis-session-store.ts',
      'bff/src/redis/sealed.ts',
    ],
    pkg: 'bff',
  }),
  vitest: { configFile: 'bff/vitest.mutation.config.ts', dir: 'bff', related: false },
};
