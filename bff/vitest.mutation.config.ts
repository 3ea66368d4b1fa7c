import { defineProject, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `pnpm mutate bff`: the BFF's tests without the ones that spawn real processes (*.int.test.ts). */
export default mergeConfig(
  base,
  defineProject({ test: { exclude: ['src/**/*.int.test.ts', 'node_modules/**'] } }),
);
