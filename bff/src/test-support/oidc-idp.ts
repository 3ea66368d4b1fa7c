import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** People the test identity provider knows, with their groups (any password signs them in). */
export const IDP_PEOPLE: Record<string, string[]> = {
  vera: ['ml-viewers'],
  otto: ['ml-engineers'],
  olga: ['ml-engineers'],
  ada: ['ml-admins', 'ml-engineers'],
  nobody: ['marketing'],
};

export const IDP_CLIENT = { id: 'ml-console', secret: 'oidc-client-secret-0123456789abcdef' };

/**
 * A real OpenID Connect provider (`oidc-provider`, devInteractions: its own login and consent
 * forms) on a loopback port, with one confidential client for the console at `consoleOrigin`.
 */
export async function startIdp(consoleOrigin: string, port = 0) {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_q, s) => s.end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT.id,
        client_secret: IDP_CLIENT.secret,
        redirect_uris: [`${consoleOrigin}/api/session/oidc/callback`],
        post_logout_redirect_uris: [`${consoleOrigin}/login`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    claims: { openid: ['sub'], profile: ['preferred_username'], groups: ['groups'] },
    scopes: ['openid', 'profile', 'groups'],
    conformIdTokenClaims: false,
    cookies: { keys: ['test-idp-cookie-key-0123456789'] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, preferred_username: sub, groups: IDP_PEOPLE[sub] ?? [] }),
    }),
  });
  const callback = provider.callback();
  handler = (req, res) => void callback(req, res);
  return {
    issuer,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

type Jar = Map<string, string>;

function remember(jar: Jar, res: Response): void {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const at = pair!.indexOf('=');
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}

const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

function hiddenInputs(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    out[m[1]!] = m[2]!;
  }
  return out;
}

/**
 * Signs `person` in as a browser would: from the console's `/api/session/oidc` through the
 * provider's login and consent forms back to the console's callback. Returns the console's final
 * answer (status + Location) and its cookie jar (the session cookie in it, when signed in).
 */
export async function signInThroughIdp(consoleBase: string, person: string) {
  const consoleJar: Jar = new Map();
  const idpJar: Jar = new Map();
  const jarFor = (url: URL) => (url.origin === new URL(consoleBase).origin ? consoleJar : idpJar);
  let url = new URL('/api/session/oidc', consoleBase);
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop += 1) {
    const jar = jarFor(url);
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: cookieHeader(jar) },
    });
    remember(jar, res);
    init = {};
    const location = res.headers.get('location');
    if (url.pathname === '/api/session/oidc/callback') {
      return { status: res.status, location, cookies: consoleJar };
    }
    if (location) {
      url = new URL(location, url);
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action)
      throw new Error(`no form at ${url.pathname} (HTTP ${res.status}): ${html.slice(0, 300)}`);
    const fields = hiddenInputs(html);
    if (fields.prompt === 'login') Object.assign(fields, { login: person, password: 'any' });
    url = new URL(action, url);
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    };
  }
  throw new Error('sign-in did not come back to the console');
}
