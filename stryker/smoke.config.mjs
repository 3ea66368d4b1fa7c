import { strykerConfig } from './base.mjs';

/** CI's short smoke of `pnpm mutate`: one small file, its score must stay high. */
export default {
  ...strykerConfig('smoke', {
    mutate: ['shared/src/contracts/endpoint.ts', 'shared/src/validation/issue-path.ts'],
    pkg: 'shared',
  }),
  incremental: false,
  reporters: ['clear-text', 'json'],
  thresholds: { high: 90, low: 80, break: 80 },
};
