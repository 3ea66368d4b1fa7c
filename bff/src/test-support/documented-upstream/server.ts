import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROJECT_ID, SUBJECT_TOKEN, tokenBody } from './iam-sample.js';
import { modelArtsAnswer, NOT_PUBLISHED, type Answer } from './routes.js';

/**
 * A fake ModelArts + IAM that answers only with the documented response samples (issue 8): the
 * console's emulator can agree with the console on things the pages do not say; this cannot.
 */
export interface DocumentedUpstream {
  url: string;
  close(): Promise<void>;
}

const DEMO = { domain: 'demo', user: 'demo', project: 'eu-de' };
const MAX_BODY = 1 << 20;

/** calling_apis/response.rst: the IAM error body. */
const IAM_REFUSED: Answer = {
  status: 401,
  body: '{"error_msg":"The username or password is wrong.","error_code":"IAM.0004"}',
};
/** appendix/error_codes.rst: ModelArts.0201 "Token doesn't exist." */
const NO_TOKEN: Answer = {
  status: 401,
  body: '{"error_code":"ModelArts.0201","error_msg":"Token doesn\'t exist."}',
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, a: Answer, headers: Record<string, string> = {}): void {
  res.writeHead(a.status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': String(Buffer.byteLength(a.body)),
    ...headers,
  });
  res.end(a.body);
}

interface PasswordScope {
  user?: string;
  domain?: string;
  project?: string;
}

function loginOf(text: string): PasswordScope {
  try {
    const b = JSON.parse(text) as {
      auth?: {
        identity?: { password?: { user?: { name?: string; domain?: { name?: string } } } };
        scope?: { project?: { name?: string; id?: string } };
      };
    };
    const user = b.auth?.identity?.password?.user;
    const project = b.auth?.scope?.project;
    return { user: user?.name, domain: user?.domain?.name, project: project?.name ?? project?.id };
  } catch {
    return {};
  }
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://documented.invalid');
  const method = req.method ?? 'GET';
  const body = await readBody(req);
  if (url.pathname === '/v3/auth/tokens' && method === 'POST') {
    // any password is accepted for the demo user, domain and project
    const l = loginOf(body);
    const known = l.user === DEMO.user && l.domain === DEMO.domain;
    const project = l.project === DEMO.project || l.project === PROJECT_ID;
    if (!known || !project) return send(res, IAM_REFUSED);
    return send(res, { status: 201, body: tokenBody() }, { 'X-Subject-Token': SUBJECT_TOKEN });
  }
  const m = /^\/v[12]\/([^/]+)\//.exec(url.pathname);
  if (!m || m[1] !== PROJECT_ID) return send(res, NOT_PUBLISHED);
  const answer = modelArtsAnswer(method, url.pathname, url.searchParams);
  if (answer !== NOT_PUBLISHED && req.headers['x-auth-token'] !== SUBJECT_TOKEN) {
    return send(res, NO_TOKEN);
  }
  send(res, answer);
}

/** Listens on 127.0.0.1 (port 0 = any free port). */
export function startDocumentedUpstream(port = 0): Promise<DocumentedUpstream> {
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, { status: 500, body: '{"error_code":"ModelArts.0105"}' });
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
