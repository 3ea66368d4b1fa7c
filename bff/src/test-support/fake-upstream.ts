import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';

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
    if (req.path.endsWith('/training-jobs/404')) {
      res.status(404).json({
        is_success: false,
        error_code: 'ModelArts.2775',
        error_message: 'TrainingJobNotFound',
      });
      return;
    }
    res.json({ is_success: true, echo: req.originalUrl });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
