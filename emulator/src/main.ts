import type { AddressInfo } from 'node:net';
import { ConfigError, loadProcessConfig, type EmulatorConfig } from './config.js';
import { createEmulator } from './emulator.js';
import { createEmulatorApp } from './http/app.js';
import { obsListenerFor } from './http/obs/obs-service.js';
import { createLogger } from './logger.js';
import { isLoopback, listen } from './server.js';

let config: EmulatorConfig;
try {
  config = loadProcessConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}
const log = createLogger(config.logLevel);
const emulator = createEmulator({
  dataDir: config.dataDir,
  logger: log,
  control: config.control,
  jobQuota: config.jobQuota,
  hostEnv: config.hostEnv,
  ...(config.usersFile ? { usersFile: config.usersFile } : {}),
  ...(config.accessKey ? { accessKey: config.accessKey } : {}),
});
const app = createEmulatorApp(emulator.ctx);
const { port, host } = config;
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
// The OBS service: a busy default port only warns (another emulator may hold it); a port that was
// asked for must be had.
const obsServer = await listen(obsListenerFor(emulator.ctx), config.obsPort, host).catch(
  (err: unknown) => {
    if (config.obsPortSet || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
      log.fatal({ err, host, port: config.obsPort }, 'cannot listen for OBS');
      process.exit(1);
    }
    log.warn({ port: config.obsPort }, 'OBS port in use: running without the OBS service');
    return undefined;
  },
);
if (obsServer) {
  // a large upload may take longer than Node's default 5 minutes per request
  obsServer.requestTimeout = 0;
  const obsAddress = obsServer.address() as AddressInfo;
  log.info({ host: obsAddress.address, port: obsAddress.port }, 'obs service listening');
  process.stdout.write(
    `EMULATOR_OBS_LISTENING port=${obsAddress.port} host=${obsAddress.address}\n`,
  );
}
process.stdout.write(`EMULATOR_LISTENING port=${address.port} host=${address.address}\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  server.close();
  server.closeAllConnections();
  obsServer?.close();
  obsServer?.closeAllConnections();
  await emulator.shutdown();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
