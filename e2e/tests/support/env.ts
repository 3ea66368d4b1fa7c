/** Ports of the stack the e2e run starts (apart from the defaults so a running console does not clash). */
export const E2E_BFF_PORT = Number(process.env.E2E_BFF_PORT ?? 18080);
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 18081);
/** The emulator's OBS service (the BFF's OBS_ENDPOINT in the e2e stack). */
export const E2E_EMULATOR_OBS_PORT = Number(process.env.E2E_EMULATOR_OBS_PORT ?? 18082);
export const EMULATOR_URL = `http://127.0.0.1:${E2E_EMULATOR_PORT}`;

export const DEMO = {
  domain: 'demo',
  username: 'demo',
  password: 'demo',
  project: 'eu-de',
} as const;
