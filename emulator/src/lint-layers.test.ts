import { describe, expect, it } from 'vitest';
import { lintProbe } from '../../scripts/lint-probe.mjs';

/**
 * The emulator's layers (emulator/README.md): http → domain ← runner → store. A deliberate
 * violation of each rule must fail `pnpm lint`. Every import names a real file: the rule is
 * silent for an import that does not resolve.
 */
const zone = 'import-x/no-restricted-paths';
const probe = (file: string, from: string, name: string) =>
  lintProbe(
    `emulator/src/${file}`,
    `import { ${name} } from '${from}';\nexport const used = [${name}];\n`,
  );

describe('emulator layer boundaries', () => {
  it.each([
    [
      'store imports runner',
      'store/probe.ts',
      '../runner/v1/recovery.js',
      'recoverInterruptedJobs',
    ],
    ['store imports domain', 'store/probe.ts', '../domain/v2/v2-events.js', 'addEvent'],
    ['store imports http', 'store/probe.ts', '../http/v1/job-lookup.js', 'jobOf'],
    ['domain imports http', 'domain/v1/probe.ts', '../../http/v1/v1-error-body.js', 'sendV1Error'],
    ['domain imports runner', 'domain/v2/probe.ts', '../../runner/v2/v2-launch.js', 'v2LogFile'],
    ['domain imports the root', 'domain/v1/probe.ts', '../../emulator.js', 'createEmulator'],
    ['runner imports http', 'runner/v2/probe.ts', '../../http/v2/v2-runtime.js', 'v2RuntimeOf'],
    ['runner/common imports v1', 'runner/common/probe.ts', '../v1/launch-plan.js', 'planLaunch'],
    [
      'runner/v2 imports runner/v1',
      'runner/v2/probe.ts',
      '../v1/recovery.js',
      'recoverInterruptedJobs',
    ],
    ['domain/v1 imports domain/v2', 'domain/v1/probe.ts', '../v2/v2-errors.js', 'v2Errors'],
    ['http imports the root', 'http/v1/probe.ts', '../../emulator.js', 'createEmulator'],
    ['a shared helper imports a layer', 'paths.ts', './store/types.js', 'emptyMetrics'],
    ['the emulator imports the BFF', 'http/probe.ts', '../../../bff/src/app.js', 'createApp'],
  ])(
    '%s: refused',
    async (_label, file, from, name) => {
      // the helper probe stands for logger.ts etc.: lint it under a helper's own name
      const at = file === 'probe-helper.ts' ? 'paths.ts' : file;
      expect(await probe(at, from, name)).toContain(zone);
    },
    60_000,
  );

  it.each([
    ['http imports domain', 'http/v1/probe.ts', '../../domain/v1/catalog.js', 'SPECS'],
    ['http imports runner', 'http/v1/probe.ts', '../../runner/v1/launch-plan.js', 'versionLogDir'],
    ['runner imports domain', 'runner/v2/probe.ts', '../../domain/v2/v2-events.js', 'addEvent'],
    ['runner imports store', 'runner/v1/probe.ts', '../../store/types.js', 'emptyMetrics'],
    ['domain imports store', 'domain/v2/probe.ts', '../../store/v2-store.js', 'V2Store'],
    ['domain/v2 imports domain/v1', 'domain/v2/probe.ts', '../v1/errors.js', 'formatPath'],
    ['store imports a shared helper', 'store/probe.ts', '../logger.js', 'createLogger'],
    ['the root imports every layer', 'emulator.ts', './runner/v2/v2-runner.js', 'V2Runner'],
  ])(
    '%s: allowed',
    async (_label, file, from, name) => {
      expect(await probe(file, from, name)).not.toContain(zone);
    },
    60_000,
  );
});
