import { describe, expect, it } from 'vitest';
import { lintProbe } from '../../scripts/lint-probe.mjs';

// The web's layers (docs/ARCHITECTURE.md) must fail `pnpm lint` when crossed. Every probe imports a
// real file: the rule says nothing about an import that does not resolve.
describe('web import boundaries', () => {
  const zone = 'import-x/no-restricted-paths';
  const probe = (file: string, from: string, name: string) =>
    lintProbe(file, `import { ${name} } from '${from}';\nexport const used = [${name}];\n`);

  it.each([
    [
      'a feature importing another feature',
      'web/src/features/v2-detail/probe.ts',
      '../v2-logs/components/v2-log-panel.js',
      'V2LogPanel',
    ],
    [
      'a feature importing another feature (test files too)',
      'web/src/features/v1-configs/probe.test.ts',
      '../v1-job-form/to-config-request.js',
      'toCreateConfigRequest',
    ],
    ['a feature importing app/', 'web/src/features/jobs/probe.ts', '../../app/router.js', 'routes'],
    ['lib/ importing a feature', 'web/src/lib/probe.ts', '../features/jobs/job-rows.js', 'fromV1'],
    [
      'components/ importing a feature',
      'web/src/components/probe.tsx',
      '../features/v1-logs/components/log-panel.js',
      'LogPanel',
    ],
    ['config/ importing app/', 'web/src/config/probe.ts', '../app/router.js', 'routes'],
  ])(
    '%s is an error',
    async (_what, file, from, name) => {
      expect(await probe(file, from, name)).toContain(zone);
    },
    60_000,
  );

  it.each([
    ['app/ composing features', 'web/src/app/probe.ts', '../features/jobs/job-rows.js', 'fromV1'],
    [
      'a feature importing its own folder',
      'web/src/features/jobs/probe.ts',
      './job-rows.js',
      'fromV1',
    ],
    [
      'a feature importing lib/',
      'web/src/features/jobs/probe.ts',
      '../../lib/event-stream.js',
      'openLogStream',
    ],
    [
      'a feature importing components/ and config/',
      'web/src/features/jobs/probe.ts',
      '../../config/paths.js',
      'paths',
    ],
  ])(
    '%s is fine',
    async (_what, file, from, name) => {
      expect(await probe(file, from, name)).not.toContain(zone);
    },
    60_000,
  );
});
