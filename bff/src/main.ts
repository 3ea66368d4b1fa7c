import { createServer } from 'node:http';
import { createApp } from './app.js';
import { answerClientErrors } from './client-errors.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createIamClient } from './clients/iam-client.js';
import { createLogger, type Logger } from './logger.js';
import { rendererBeside, startRenderer } from './routes/render-worker.js';
import { MissingCredentialError, resolveCredentials } from './portal/portal-credentials.js';
import { PortalFileError, readPortalFile } from './portal/portal-file.js';
import { Portal } from './portal/portal-runtime.js';
import { PriceTableError, readPriceTable } from './services/prices/price-table-file.js';

/** The price table of PRICE_TABLE_FILE, if set; exits naming the problem. */
function loadPrices(config: Config) {
  if (!config.priceTableFile) return undefined;
  try {
    return readPriceTable(config.priceTableFile);
  } catch (err) {
    if (!(err instanceof PriceTableError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(1);
  }
}

/** The team portal of PORTAL_CONFIG, with its credentials from the environment; exits on a problem. */
/**
 * The web's server renderer of the first screen (routes/render-worker.ts), started and warmed up before
 * the server listens: ready means ready to draw. Without one (no build of it, PRERENDER_BUDGET_MS=0,
 * or it fails to load) the browser draws every page, as before.
 */
async function startPageRenderer(config: Config, logger: Logger) {
  if (!config.webDist || config.prerenderBudgetMs <= 0) return undefined;
  try {
    return await startRenderer(rendererBeside(config.webDist));
  } catch (err) {
    logger.warn({ err }, 'the first-screen renderer did not load: the browser draws every page');
    return undefined;
  }
}

function loadPortal(config: Config): Portal | undefined {
  if (!config.portalConfigPath) return undefined;
  try {
    const file = readPortalFile(config.portalConfigPath);
    const credentials = resolveCredentials(file, process.env);
    return new Portal(file, credentials, createIamClient(config.iamEndpoint));
  } catch (err) {
    if (err instanceof PortalFileError || err instanceof MissingCredentialError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);
  const portal = loadPortal(config);
  const prices = loadPrices(config);
  const renderer = await startPageRenderer(config, logger);
  const { listener, serverOptions, drain, dispose } = createApp({
    config,
    logger,
    ...(portal ? { portal } : {}),
    ...(prices ? { prices } : {}),
    ...(renderer ? { renderer } : {}),
  });
  // the fast path for proxied GETs first (fast-path/), everything else to the Express app
  const server = createServer(serverOptions, listener);
  server.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(
      {
        port,
        iam: config.iamEndpoint,
        modelarts: config.modelartsEndpoint,
        web: config.webDist ?? null,
        firstScreenDrawnHere: renderer !== undefined,
        auth: config.authMode,
        portalProjects: portal?.projectNames ?? null,
      },
      'bff listening',
    );
    process.stdout.write(`BFF_LISTENING port=${port}\n`);
  });
  answerClientErrors(server);
  server.on('error', (err) => {
    logger.fatal({ err }, 'cannot listen');
    process.exit(1);
  });
  // Graceful: stop accepting, give the log leases up, hang up live-log streams (browsers reconnect
  // to another replica with their last id), let requests in flight finish, then exit.
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down');
    // Connections end: close Redis and exit (requests in flight still had their Redis).
    server.close(() => void dispose().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
    void drain()
      .catch((err: unknown) => logger.warn({ err }, 'drain failed'))
      .finally(() => {
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      });
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
