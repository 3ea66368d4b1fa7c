import { strykerConfig } from './base.mjs';

export default strykerConfig('shared', {
  mutate: ['shared/src/**/*.ts', '!shared/src/**/*.test.ts', '!shared/src/fixtures/**'],
  pkg: 'shared',
});
