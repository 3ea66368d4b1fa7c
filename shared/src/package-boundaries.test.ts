import { describe, expect, it } from 'vitest';
import { lintProbe } from '../../scripts/lint-probe.mjs';

// A deliberate violation of each package boundary must fail `pnpm lint` (docs/ARCHITECTURE.md).
describe('package import boundaries', () => {
  const zone = 'import-x/no-restricted-paths';

  it.each([
    ['shared/src/modelarts/probe.ts', "import { loadConfig } from '../../../bff/src/config.js';"],
    ['web/src/lib/probe.ts', "import { createApp } from '../../../bff/src/app.js';"],
    [
      'bff/src/services/probe.ts',
      "import { createEmulator } from '../../../emulator/src/emulator.js';",
    ],
    ['emulator/src/v1/probe.ts', "import { apiPath } from '../../../web/src/lib/api-path.js';"],
  ])(
    '%s may not import another package',
    async (file, line) => {
      expect(
        await lintProbe(file, `${line}\nexport const used = [${line.split(' ')[2]}];\n`),
      ).toContain(zone);
    },
    60_000,
  );

  it('a package may import shared', async () => {
    const rules = await lintProbe(
      'bff/src/services/probe.ts',
      "import { v1Endpoints } from '@console/shared';\nexport const used = v1Endpoints;\n",
    );
    expect(rules).not.toContain(zone);
  }, 60_000);
});
