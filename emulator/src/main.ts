import type { AddressInfo } from 'node:net';
import { createEmulatorApp } from './app.js';
import { createEmulator } from './emulator.js';
import { createLogger } from './logger.js';
import { DEFAULT_DATA_DIR } from './paths.js';

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
});
const app = createEmulatorApp(emulator.ctx);
const server = app.listen(port, () => {
  const actual = (server.address() as AddressInfo).port;
  log.info(
    { port: actual, dataDir: emulator.ctx.paths.root, control: !!emulator.ctx.control },
    'emulator listening',
  );
  process.stdout.write(`EMULATOR_LISTENING port=${actual}\n`);
});
server.on('error', (err) => {
  log.fatal({ err }, 'cannot listen');
  process.exit(1);
});

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
