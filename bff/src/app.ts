import type { RequestListener, ServerOptions } from 'node:http';
import express, { type Express } from 'express';
import { createIamClient, type IamClient } from './clients/iam-client.js';
import { createDiagnosisClient } from './clients/diagnosis-client.js';
import { createModelArtsLogClient, type ModelArtsLogClient } from './clients/modelarts-client.js';
import {
  createModelArtsV2LogClient,
  type ModelArtsV2LogClient,
} from './clients/modelarts-v2-client.js';
import type { Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { csrfGuard } from './middleware/csrf.js';
import { apiNotFound, errorHandler } from './middleware/error-handler.js';
import { API_BODY_LIMIT, jsonBody } from './middleware/json-body.js';
import { edgeMiddlewares, PROXY_MOUNTS } from './middleware/edge.js';
import { series } from './middleware/series.js';
import { loadSession } from './middleware/session.js';
import { createMetrics, type ConsoleMetrics } from './metrics/metrics.js';
import { consoleListener, expressMessages, fastProxyPath } from './fast-path/fast-proxy-path.js';
import { healthRouter, readyRouter } from './routes/health.js';
import { logApiRouters } from './routes/log-api.js';
import { metricsRouter } from './routes/metrics.js';
import { obsApi } from './routes/obs-api.js';
import type { SecurityTokenClient } from './clients/iam-security-token.js';
import { v1ProxyRouter } from './routes/proxy-v1.js';
import { v2ProxyRouter } from './routes/proxy-v2.js';
import { sessionRouter } from './routes/session.js';
import { staticWebRouter } from './routes/static-web.js';
import { webInlineScriptHashes } from './routes/inline-scripts.js';
import { prerenderer } from './routes/prerender.js';
import type { PageRenderer } from './routes/render-worker.js';
import { PRICES_API, type PriceTable, type V2StatusEvent } from '@console/shared';
import { liveLogRegistries } from './services/log-tail/live-log-registries.js';
import type { TailRegistry } from './services/log-tail/tail-registry.js';
import { ReadinessProbe, readinessTargets } from './services/readiness-probe.js';
import type { SessionStore } from './services/session-store.js';
import { SessionStreams } from './services/session-streams.js';
import { Upstream } from './services/proxy/upstream.js';
import type { AuditTrail } from './portal/audit-trail.js';
import type { Portal } from './portal/portal-runtime.js';
import { wirePortal, type PortalWiring } from './portal/portal-wiring.js';
import { sharedState } from './redis/shared-state.js';
import { notifyTap } from './routes/notify-tap.js';
import { pricesRouter } from './routes/prices.js';
import type { JobNotifier } from './services/notify/job-notifier.js';
import { wireNotifier } from './services/notify/notify-wiring.js';

export interface AppDeps {
  config: Config;
  logger?: Logger;
  sessionStore?: SessionStore;
  iam?: IamClient;
  modelArtsLogs?: ModelArtsLogClient;
  modelArtsV2Logs?: ModelArtsV2LogClient;
  /** Clock of the session store (idle and absolute timeouts); tests move it. */
  now?: () => number;
  /** How long an idle or finished log poller is kept for reconnects (default 30 s). */
  logIdleGraceMs?: number;
  /** Prometheus metrics of this app (its own registry); created when not given. */
  metrics?: ConsoleMetrics;
  /** The team portal (AUTH_MODE=oidc): its file and service accounts (main.ts reads them). */
  portal?: Portal;
  /** The operator's price table (PRICE_TABLE_FILE, read by main.ts), served at /api/prices. */
  prices?: PriceTable;
  /** The web's renderer of the first screen (main.ts starts it: routes/render-worker.ts). */
  renderer?: PageRenderer;
  /** IAM securitytokens for the OBS endpoints' temporary keys (tests count the calls). */
  securityTokens?: SecurityTokenClient;
}

export interface ConsoleApp {
  app: Express;
  /** The HTTP server's listener: proxied GETs on the fast path (fast-path/), the rest to `app`. */
  listener: RequestListener;
  /** The HTTP server's options: Express's request and response classes (fast-path/). */
  serverOptions: ServerOptions;
  /** v1 log pollers (aom-log). */
  registry: TailRegistry<number>;
  /** v2 log pollers (task log preview). */
  v2Registry: TailRegistry<V2StatusEvent>;
  sessions: SessionStore;
  /** Open live-log streams per session. */
  streams: SessionStreams;
  metrics: ConsoleMetrics;
  /** The audit trail of state-changing calls. */
  audit: AuditTrail;
  /** The job notifier (NOTIFY_WEBHOOK_URL), if configured. */
  notifier?: JobNotifier;
  /**
   * Graceful shutdown, before the server closes: gives the log leases up (another replica polls
   * at once) and hangs up every live-log stream so browsers reconnect (to another replica).
   */
  drain(): Promise<void>;
  /** Stops pollers and timers and closes the Redis connections (the HTTP server is closed by its owner). */
  dispose(): Promise<void>;
}

export function createApp(deps: AppDeps): ConsoleApp {
  const { config } = deps;
  const logger = deps.logger ?? createLogger(config.logLevel);
  // Sessions, sign-in limits, OIDC sign-ins, v1 job owners: in Redis with REDIS_URL, else memory.
  const state = sharedState(config, logger, {
    ...(deps.sessionStore ? { sessionStore: deps.sessionStore } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  });
  const store = state.sessions;
  const metrics = deps.metrics ?? createMetrics();
  const iam = deps.iam ?? createIamClient(config.iamEndpoint, undefined, metrics);
  const keys = deps.portal?.keys;
  const v1Logs =
    deps.modelArtsLogs ?? createModelArtsLogClient(config.modelartsEndpoint, undefined, keys);
  const v2Logs =
    deps.modelArtsV2Logs ?? createModelArtsV2LogClient(config.modelartsEndpoint, undefined, keys);
  const streams = new SessionStreams(config.maxStreamsPerSession);
  const portal: PortalWiring = wirePortal(
    config,
    store,
    deps.portal,
    logger,
    (id) => streams.closeSession(id),
    state,
  );
  const sessions = portal.sessions;
  // A session ended on any replica (sign-out, 401 from upstream) ends its streams here too.
  store.onEnded((id) => streams.closeSession(id));
  const endSession = (id: string) => {
    sessions.delete(id).catch((err: unknown) => {
      logger.warn({ err: { message: (err as Error).message } }, 'session could not be ended');
    });
    streams.closeSession(id);
  };
  const live = liveLogRegistries(config, logger, deps.logIdleGraceMs ?? 30_000);
  const { registry, v2Registry } = live;
  metrics.observeLiveLogs(() => ({
    sseStreams: streams.total(),
    logTails: [
      { api: 'v1', ...registry.stats() },
      { api: 'v2', ...v2Registry.stats() },
    ],
  }));
  const readiness = new ReadinessProbe({
    targets: readinessTargets(config.iamEndpoint, config.modelartsEndpoint),
    timeoutMs: config.readyTimeoutMs ?? 2000,
    cacheMs: config.readyCacheMs ?? 5000,
    metrics,
    ...(state.ping ? { redisPing: state.ping } : {}),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const edge = edgeMiddlewares(metrics, logger, webInlineScriptHashes(config.webDist));
  app.use(...edge);
  app.use('/metrics', metricsRouter({ metrics, token: config.metricsToken }));
  const apiGate = series(
    loadSession(sessions),
    csrfGuard({ publicOrigin: config.publicOrigin }),
    portal.credential,
  );
  app.use('/api', apiGate);
  app.use('/api/health', healthRouter());
  app.use('/api/ready', readyRouter(readiness));
  app.use(
    '/api/session',
    portal.signIn,
    sessionRouter({
      store: sessions,
      iam,
      limiter: state.limiter,
      onSessionEnd: (id) => streams.closeSession(id),
    }),
  );
  // OBS browse, download and upload: raw bodies streamed, so before the JSON body parser.
  const obs = obsApi({
    config,
    sessions,
    portal: deps.portal,
    audit: portal.auditObs,
    ...(deps.securityTokens ? { securityTokens: deps.securityTokens } : {}),
  });
  app.use('/api/obs', obs.router);
  // Every other /api body is parsed here (1 MB, depth 64, JSON only); the proxy re-sends req.body.
  const apiBody = series(jsonBody({ limit: API_BODY_LIMIT }), portal.audit);
  app.use('/api', apiBody);
  app.use('/api/audit', portal.auditApi);
  // One pool, queue and breaker for both API versions (one endpoint). An upstream 401 for an
  // expired or invalid token ends the session, as signing out does.
  const upstream = new Upstream(config.modelartsEndpoint, config.proxy, keys);
  const diagnosisClient = createDiagnosisClient(config.modelartsEndpoint, undefined, keys);
  const notify = wireNotifier(config, logger, {
    v1: v1Logs,
    v2: v2Logs,
    diagnosis: diagnosisClient,
    ...(keys ? { keys } : {}),
  });
  const proxyDeps = {
    upstream,
    logger,
    authorize: portal.authorize,
    renewCredential: portal.renewCredential,
    ...(portal.guard ? { guard: portal.guard } : {}),
    ...portal.ownership(upstream),
    ...(notify ? { observe: notifyTap(notify.notifier, store) } : {}),
    onUpstreamUnauthorized: (req: express.Request) => {
      if (!req.sessionId || portal.serviceCredentialRefused(req)) return;
      endSession(req.sessionId);
    },
  };
  const [v1Proxy, v2Proxy] = [v1ProxyRouter(proxyDeps), v2ProxyRouter(proxyDeps)];
  app.use('/api/v1', v1Proxy);
  app.use('/api/v2', v2Proxy);
  const logApi = logApiRouters({
    v1Logs,
    v2Logs,
    registry,
    v2Registry,
    diagnosis: diagnosisClient,
    modelartsEndpoint: config.modelartsEndpoint,
    obsDownloadHosts: config.obsDownloadHosts,
    v1SpoolMaxBytes: config.logSpoolMaxBytes,
    store: sessions,
    streams,
    heartbeatMs: config.heartbeatMs,
    // The upstream rejected the session's token: the session is over (its streams end too).
    onUpstreamUnauthorized: (id) => {
      if (portal.serviceCredentialRefusedFor(id)) return;
      endSession(id);
    },
  });
  app.use('/api/logs', ...logApi.logs);
  app.use('/api/diagnosis', logApi.diagnosis);
  app.use(PRICES_API, pricesRouter(deps.prices));
  app.use('/api', apiNotFound);
  if (config.webDist) {
    const prerender =
      deps.renderer && config.prerenderBudgetMs > 0
        ? prerenderer(deps.renderer, config.prerenderBudgetMs, (outcome, seconds) =>
            metrics.observeFirstScreen(outcome, seconds),
          )
        : undefined;
    app.use(
      staticWebRouter(config.webDist, { serveSourceMaps: config.serveSourceMaps, prerender }),
    );
  }
  app.use(errorHandler);
  const messages = expressMessages(app);
  const fast = fastProxyPath({
    app,
    edge: series(...edge),
    api: series(apiGate, apiBody),
    proxies: [
      { ...PROXY_MOUNTS[0], handler: v1Proxy },
      { ...PROXY_MOUNTS[1], handler: v2Proxy },
    ],
    notFound: apiNotFound,
    errorHandler,
  });

  return {
    app,
    listener: consoleListener(app, fast),
    serverOptions: { IncomingMessage: messages.Request, ServerResponse: messages.Response },
    registry,
    v2Registry,
    sessions,
    streams,
    metrics,
    audit: portal.trail,
    ...(notify ? { notifier: notify.notifier } : {}),
    drain: async () => {
      await Promise.all([registry.handOver(), v2Registry.handOver()]);
      streams.hangUpAll();
    },
    dispose: async () => {
      live.close();
      notify?.close();
      await Promise.all([
        state.close(),
        upstream.close().catch(() => undefined),
        obs.close().catch(() => undefined),
        logApi.close(),
      ]);
    },
  };
}
