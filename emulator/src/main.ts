import type { AddressInfo } from 'node:net';
import { createEmulatorApp } from './http/app.js';
import { createEmulator } from './emulator.js';
import { createLogger } from './logger.js';
import { DEFAULT_DATA_DIR } from './paths.js';
import { DEFAULT_HOST, isLoopback, listen } from './server.js';

// The only file that reads process.env.
const env = process.env;
const port = Number(env.EMULATOR_PORT ?? 8081);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`EMULATOR_PORT must be a port number (0-65535), got "${env.EMULATOR_PORT}"`);
  process.exit(2);
}
const log = createLogger(env.LOG_LEVEL ?? 'info');
const emulator = createEmulator({
  dataDir: env.EMULATOR_DATA_DIR || DEFAULT_DATA_DIR,
  logger: log,
  control: env.EMULATOR_CONTROL === '1' || env.EMULATOR_CONTROL === 'true',
  ...(env.EMULATOR_USERS_FILE ? { usersFile: env.EMULATOR_USERS_FILE } : {}),
  ...(env.EMULATOR_AK && env.EMULATOR_SK
    ? { accessKey: { ak: env.EMULATOR_AK, sk: env.EMULATOR_SK } }
    : {}),
});
const app = createEmulatorApp(emulator.ctx);
const host = env.EMULATOR_HOST || DEFAULT_HOST;
const server = await listen(app, port, host).catch((err: unknown) => {
  log.fatal({ err, host, port }, 'cannot listen');
  process.exit(1);
});
const address = server.address() as AddressInfo;
log.info(
  {
    host: address.address,
    port: address.port,
    dataDir: emulator.ctx.paths.root,
    control: !!emulator.ctx.control,
  },
  'emulator listening',
);
if (!isLoopback(address.address))
  log.warn(
    { host: address.address },
    'listening beyond loopback: anyone who can reach it gets tokens for the demo users and runs shell commands',
  );
process.stdout.write(`EMULATOR_LISTENING port=${address.port} host=${address.address}\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  server.close();
  server.closeAllConnections();
  await emulator.shutdown();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
