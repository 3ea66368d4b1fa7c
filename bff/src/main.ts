import { createApp } from './app.js';
import { answerClientErrors } from './client-errors.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';

function main(): void {
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
  const { app, dispose } = createApp({ config, logger });
  const server = app.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(
      {
        port,
        iam: config.iamEndpoint,
        modelarts: config.modelartsEndpoint,
        web: config.webDist ?? null,
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
  const shutdown = () => {
    dispose();
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main();
