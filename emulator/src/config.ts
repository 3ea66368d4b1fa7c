import { z } from 'zod';
import type { AccessKey } from './http/iam/aksk-auth.js';
import { DEFAULT_DATA_DIR } from './paths.js';
import { HOST_ENV_KEYS, type HostEnv } from './runner/common/host-env.js';
import { DEFAULT_HOST } from './server.js';

// The only file that reads process.env (loadProcessConfig for main.ts, processHostEnv for an
// emulator built in-process). Every setting is listed in emulator/README.md.

/** Where the OBS-compatible object service listens unless EMULATOR_OBS_PORT says otherwise. */
export const DEFAULT_OBS_PORT = 8082;

/** Training jobs per project (v1), as the cloud's default quota. */
export const DEFAULT_JOB_QUOTA = 100;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be 0–65535`)
    .max(65535, `${name} must be 0–65535`);

const flag = (name: string) =>
  z
    .enum(['1', 'true', '0', 'false'], { error: `${name} must be 1, true, 0 or false` })
    .transform((v) => v === '1' || v === 'true');

const EnvSchema = z
  .object({
    EMULATOR_PORT: port('EMULATOR_PORT').default(8081),
    EMULATOR_OBS_PORT: port('EMULATOR_OBS_PORT').optional(),
    EMULATOR_HOST: z.string().default(DEFAULT_HOST),
    EMULATOR_DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
    EMULATOR_CONTROL: flag('EMULATOR_CONTROL').default(false),
    EMULATOR_USERS_FILE: z.string().optional(),
    EMULATOR_JOB_QUOTA: z.coerce
      .number({ error: 'EMULATOR_JOB_QUOTA must be a number' })
      .int('EMULATOR_JOB_QUOTA must be a whole number')
      .min(1, 'EMULATOR_JOB_QUOTA must be 1–1000000')
      .max(1_000_000, 'EMULATOR_JOB_QUOTA must be 1–1000000')
      .default(DEFAULT_JOB_QUOTA),
    EMULATOR_AK: z.string().optional(),
    EMULATOR_SK: z.string().optional(),
    LOG_LEVEL: z
      .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
      .default('info'),
  })
  .refine((e) => (e.EMULATOR_AK === undefined) === (e.EMULATOR_SK === undefined), {
    path: ['EMULATOR_SK'],
    error: 'EMULATOR_AK and EMULATOR_SK go together: set both or neither',
  });

/** The host variables a job process inherits (PATH, HOME, …; empty values included). */
export function hostEnvOf(env: Record<string, string | undefined>): HostEnv {
  const picked: Partial<Record<(typeof HOST_ENV_KEYS)[number], string>> = {};
  for (const key of HOST_ENV_KEYS) if (env[key] !== undefined) picked[key] = env[key];
  return picked;
}

/** This process's host variables, for an emulator built in-process (tests) without a config. */
export const processHostEnv = (): HostEnv => hostEnvOf(process.env);

function toConfig(e: z.infer<typeof EnvSchema>, env: Record<string, string | undefined>) {
  const accessKey: AccessKey | undefined =
    e.EMULATOR_AK !== undefined && e.EMULATOR_SK !== undefined
      ? { ak: e.EMULATOR_AK, sk: e.EMULATOR_SK }
      : undefined;
  return {
    port: e.EMULATOR_PORT,
    host: e.EMULATOR_HOST,
    /** The OBS-compatible object service's port (0: the OS picks), on the same host. */
    obsPort: e.EMULATOR_OBS_PORT ?? DEFAULT_OBS_PORT,
    /** False when EMULATOR_OBS_PORT was not set: a busy default port then only warns. */
    obsPortSet: e.EMULATOR_OBS_PORT !== undefined,
    dataDir: e.EMULATOR_DATA_DIR,
    /** The test control surface (`/__control/…`). */
    control: e.EMULATOR_CONTROL,
    usersFile: e.EMULATOR_USERS_FILE,
    /** v1 training jobs per project (`quotas` of the job list; creating one more is refused). */
    jobQuota: e.EMULATOR_JOB_QUOTA,
    /** The AK/SK pair signed requests are checked against (default: the documented demo pair). */
    accessKey,
    logLevel: e.LOG_LEVEL,
    hostEnv: hostEnvOf(env),
  };
}

export type EmulatorConfig = ReturnType<typeof toConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every bad variable at once. */
export function loadConfig(env: Record<string, string | undefined>): EmulatorConfig {
  // Empty strings mean "not set": `EMULATOR_HOST= pnpm start` falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`),
    );
  return toConfig(parsed.data, env);
}

/** The configuration of this process (main.ts). */
export const loadProcessConfig = (): EmulatorConfig => loadConfig(process.env);
