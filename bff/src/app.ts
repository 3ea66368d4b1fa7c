import express, { type Express } from 'express';
import { createIamClient, type IamClient } from './clients/iam-client.js';
import { createModelArtsLogClient, type ModelArtsLogClient } from './clients/modelarts-client.js';
import {
  createModelArtsV2LogClient,
  type ModelArtsV2LogClient,
} from './clients/modelarts-v2-client.js';
import type { Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { csrfGuard } from './middleware/csrf.js';
import { apiNotFound, errorHandler } from './middleware/error-handler.js';
import { requestLogger } from './middleware/request-logger.js';
import { loadSession } from './middleware/session.js';
import { healthRouter } from './routes/health.js';
import { logDownloadRouter } from './routes/log-download.js';
import { logsRouter } from './routes/logs.js';
import { v1ProxyRouter } from './routes/proxy-v1.js';
import { v2ProxyRouter } from './routes/proxy-v2.js';
import { sessionRouter } from './routes/session.js';
import { staticWebRouter } from './routes/static-web.js';
import type { V2StatusEvent } from '@console/shared';
import { LogTailRegistry } from './services/log-tail/log-tail-registry.js';
import { PollerBudget } from './services/log-tail/poller-budget.js';
import { MemorySessionStore, type SessionStore } from './services/session-store.js';
import { SessionStreams } from './services/session-streams.js';
import { Upstream } from './services/proxy/upstream.js';

export interface AppDeps {
  config: Config;
  logger?: Logger;
  sessionStore?: SessionStore;
  iam?: IamClient;
  modelArtsLogs?: ModelArtsLogClient;
  modelArtsV2Logs?: ModelArtsV2LogClient;
  /** Failed logins per IP + username per minute (default 10). */
  loginLimitPerMinute?: number;
  /** How long an idle or finished log poller is kept for reconnects (default 30 s). */
  logIdleGraceMs?: number;
}

export interface ConsoleApp {
  app: Express;
  /** v1 log pollers (aom-log). */
  registry: LogTailRegistry<number>;
  /** v2 log pollers (task log preview). */
  v2Registry: LogTailRegistry<V2StatusEvent>;
  sessions: SessionStore;
  /** Open live-log streams per session. */
  streams: SessionStreams;
  /** Stops pollers and timers (the HTTP server is closed by its owner). */
  dispose(): void;
}

export function createApp(deps: AppDeps): ConsoleApp {
  const { config } = deps;
  const logger = deps.logger ?? createLogger(config.logLevel);
  const sessions = deps.sessionStore ?? new MemorySessionStore();
  const iam = deps.iam ?? createIamClient(config.iamEndpoint);
  const v1Logs = deps.modelArtsLogs ?? createModelArtsLogClient(config.modelartsEndpoint);
  const v2Logs = deps.modelArtsV2Logs ?? createModelArtsV2LogClient(config.modelartsEndpoint);
  const registryDeps = {
    budget: new PollerBudget(config.maxLogPollers),
    intervalMs: config.logPollIntervalMs,
    idleGraceMs: deps.logIdleGraceMs ?? 30_000,
    logger,
  };
  const registry = new LogTailRegistry<number>(registryDeps);
  const v2Registry = new LogTailRegistry<V2StatusEvent>(registryDeps);
  const streams = new SessionStreams(config.maxStreamsPerSession);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogger(logger));
  app.use('/api', loadSession(sessions), csrfGuard);
  app.use('/api/health', healthRouter());
  app.use(
    '/api/session',
    sessionRouter({
      store: sessions,
      iam,
      loginLimitPerMinute: deps.loginLimitPerMinute ?? 10,
      onSessionEnd: (id) => streams.closeSession(id),
    }),
  );
  // One pool, queue and breaker for both API versions (one endpoint). An upstream 401 for an
  // expired or invalid token ends the session, as signing out does.
  const upstream = new Upstream(config.modelartsEndpoint, config.proxy);
  const proxyDeps = {
    upstream,
    logger,
    onUpstreamUnauthorized: (req: express.Request) => {
      if (!req.sessionId) return;
      sessions.delete(req.sessionId);
      streams.closeSession(req.sessionId);
    },
  };
  app.use('/api/v1', v1ProxyRouter(proxyDeps));
  app.use('/api/v2', v2ProxyRouter(proxyDeps));
  app.use(
    '/api/logs',
    logDownloadRouter({
      v1: v1Logs,
      v2: v2Logs,
      modelartsEndpoint: config.modelartsEndpoint,
      obsDownloadHosts: config.obsDownloadHosts,
    }),
    logsRouter({
      v1: { registry, client: v1Logs },
      v2: { registry: v2Registry, client: v2Logs },
      store: sessions,
      streams,
      heartbeatMs: config.heartbeatMs,
    }),
  );
  app.use('/api', apiNotFound);
  if (config.webDist) app.use(staticWebRouter(config.webDist));
  app.use(errorHandler);

  return {
    app,
    registry,
    v2Registry,
    sessions,
    streams,
    dispose: () => {
      registry.closeAll();
      v2Registry.closeAll();
      sessions.close();
      void upstream.close();
    },
  };
}
