import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { DEFAULT_DATA_DIR } from './paths.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('emulator config', () => {
  it('has the documented defaults (an empty value counts as unset)', () => {
    const c = loadConfig({ EMULATOR_HOST: '', PATH: '/usr/bin', HOME: '/root', SECRET: 'x' });
    expect(c).toMatchObject({
      port: 8081,
      obsPort: 8082,
      obsPortSet: false,
      host: '127.0.0.1',
      dataDir: DEFAULT_DATA_DIR,
      control: false,
      usersFile: undefined,
      jobQuota: 100,
      accessKey: undefined,
      logLevel: 'info',
    });
    // only the allow-listed host variables reach a job
    expect(c.hostEnv).toEqual({ PATH: '/usr/bin', HOME: '/root' });
  });

  it('reads every setting', () => {
    const c = loadConfig({
      EMULATOR_PORT: '0',
      EMULATOR_HOST: '127.0.0.2',
      EMULATOR_DATA_DIR: '/srv/emulator-data',
      EMULATOR_CONTROL: 'true',
      EMULATOR_USERS_FILE: '/srv/users.json',
      EMULATOR_JOB_QUOTA: '20000',
      EMULATOR_AK: 'AK',
      EMULATOR_SK: 'SK',
      LOG_LEVEL: 'warn',
    });
    expect(c).toMatchObject({
      port: 0,
      host: '127.0.0.2',
      dataDir: '/srv/emulator-data',
      control: true,
      usersFile: '/srv/users.json',
      jobQuota: 20000,
      accessKey: { ak: 'AK', sk: 'SK' },
      logLevel: 'warn',
    });
  });

  it('reads EMULATOR_OBS_PORT (0: any free port) and remembers that it was set', () => {
    expect(loadConfig({ EMULATOR_OBS_PORT: '0' })).toMatchObject({ obsPort: 0, obsPortSet: true });
    expect(loadConfig({ EMULATOR_OBS_PORT: '9000' })).toMatchObject({ obsPort: 9000 });
    expect(problems({ EMULATOR_OBS_PORT: 'x' })).toEqual([
      'EMULATOR_OBS_PORT: EMULATOR_OBS_PORT must be a number',
    ]);
  });

  it('names every bad variable at once', () => {
    expect(
      problems({
        EMULATOR_PORT: '70000',
        EMULATOR_CONTROL: 'yes',
        EMULATOR_JOB_QUOTA: '0',
        EMULATOR_AK: 'AK',
        LOG_LEVEL: 'loud',
      }),
    ).toEqual([
      'EMULATOR_PORT: EMULATOR_PORT must be 0–65535',
      'EMULATOR_CONTROL: EMULATOR_CONTROL must be 1, true, 0 or false',
      'EMULATOR_JOB_QUOTA: EMULATOR_JOB_QUOTA must be 1–1000000',
      expect.stringMatching(/^LOG_LEVEL: LOG_LEVEL must be one of fatal/),
    ]);
    expect(problems({ EMULATOR_AK: 'AK' })).toEqual([
      'EMULATOR_SK: EMULATOR_AK and EMULATOR_SK go together: set both or neither',
    ]);
  });

  it('is the only source file that reads process.env', () => {
    const readers = fs
      .readdirSync(import.meta.dirname, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.ts') && !d.name.endsWith('.test.ts'))
      .map((d) => path.relative(import.meta.dirname, path.join(d.parentPath, d.name)))
      .filter((f) =>
        fs.readFileSync(path.join(import.meta.dirname, f), 'utf8').includes('process.env'),
      );
    // testing.ts (test support) hands the environment on to a spawned emulator
    expect(readers.sort()).toEqual(['config.ts', 'testing.ts']);
  });
});
