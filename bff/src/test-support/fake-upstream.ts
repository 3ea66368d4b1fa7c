import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';

/** The presigned link the fake `logs/url` hands out (a test checks it never reaches the browser). */
export const FAKE_OBS_SECRET = 'AWSAccessKeyId=fake-ak&Signature=fake-signature';
export const FAKE_FULL_LOG = 'full log line 1\nfull log 損失 line 2\n';

/** v2 answers whose bodies must pass the proxy untouched (catalog §7.4 #42), and the log link. */
function v2Answer(req: Request, res: Response, base: string): boolean {
  if (req.method === 'PUT' && /^\/v2\/[^/]+\/training-jobs\/[^/]+$/.test(req.path)) {
    res.status(200).type('application/json').send('null');
    return true;
  }
  if (req.method === 'DELETE' && /^\/v2\/[^/]+\/training-jobs\/[^/]+$/.test(req.path)) {
    res.status(202).type('application/json').send('""');
    return true;
  }
  if (req.path.endsWith('/tasks/worker-0/logs/url')) {
    res.json({ obs_url: `${base}/obs-presigned/worker-0.log?${FAKE_OBS_SECRET}` });
    return true;
  }
  if (req.path.endsWith('/tasks/missing/logs/url')) {
    res.status(400).json({ error_code: 'ModelArts.2822', error_msg: 'LogExportPathNotSet' });
    return true;
  }
  if (req.path === '/obs-presigned/worker-0.log') {
    res.type('application/octet-stream').send(Buffer.from(FAKE_FULL_LOG));
    return true;
  }
  return false;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A tiny stand-in for ModelArts used by unit tests (the integration tests use the real emulator). */
export async function startFakeUpstream(): Promise<{
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}> {
  const requests: RecordedRequest[] = [];
  let url = '';
  const base = () => url;
  const app = express();
  app.use(express.text({ type: '*/*' }));
  app.use((req, res) => {
    requests.push({
      method: req.method,
      url: req.originalUrl,
      headers: req.headers,
      body: typeof req.body === 'string' ? req.body : '',
    });
    res.setHeader('set-cookie', 'upstream=1; Path=/');
    // Headers a real gateway may add; only the request id may reach the browser (renamed).
    res.setHeader('x-request-id', 'upstream-req-42');
    res.setHeader('server', 'api-gateway/9.9');
    res.setHeader('x-subject-token', 'MIIleaked-by-upstream');
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('content-security-policy', 'default-src *');
    if (req.path.endsWith('/training-jobs/404/versions')) {
      res.status(404).json({
        is_success: false,
        error_code: 'ModelArts.2775',
        error_message: 'TrainingJobNotFound',
      });
      return;
    }
    if (v2Answer(req, res, base())) return;
    res.json({ is_success: true, echo: req.originalUrl });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}`;
  return {
    url,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
