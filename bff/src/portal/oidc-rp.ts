import * as oidc from 'openid-client';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  groupsClaim: string;
  /** `{PUBLIC_ORIGIN}/api/session/oidc/callback`. */
  redirectUri: string;
  /** Where the identity provider sends the browser after its own sign-out. */
  postLogoutRedirectUri: string;
}

/** One sign-in in progress: kept on the server, named by a short-lived cookie. */
export interface LoginTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Who signed in (from the verified ID token). The ID token is kept only for the sign-out hint. */
export interface OidcIdentity {
  subject: string;
  name: string;
  groups: unknown;
  idToken: string | undefined;
}

const isLoopback = (u: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);

/**
 * The console as an OpenID Connect relying party (openid-client): authorization code with PKCE
 * (S256), `state` and `nonce`, a confidential client (the secret stays in the BFF). The provider's
 * metadata is discovered on first use and again after a failure. Plain http is allowed only for a
 * loopback issuer (tests).
 */
export class OidcRelyingParty {
  private config: Promise<oidc.Configuration> | undefined;

  constructor(private readonly s: OidcSettings) {}

  get issuer(): string {
    return this.s.issuer;
  }

  get redirectUri(): string {
    return this.s.redirectUri;
  }

  private configuration(): Promise<oidc.Configuration> {
    const issuer = new URL(this.s.issuer);
    const insecure = issuer.protocol === 'http:' && isLoopback(issuer);
    this.config ??= oidc
      .discovery(issuer, this.s.clientId, this.s.clientSecret, undefined, {
        ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
        timeout: 10,
      })
      .catch((err: unknown) => {
        this.config = undefined;
        throw err;
      });
    return this.config;
  }

  /** The provider's authorization URL for a new sign-in, and what the callback must check. */
  async start(): Promise<{ url: URL; transaction: LoginTransaction }> {
    const config = await this.configuration();
    const transaction = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.s.redirectUri,
      scope: this.s.scopes,
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
      code_challenge_method: 'S256',
      state: transaction.state,
      nonce: transaction.nonce,
    });
    return { url, transaction };
  }

  /** Exchanges the code of the callback URL; throws when a check fails (state, nonce, PKCE, ID token). */
  async finish(callbackUrl: URL, t: LoginTransaction): Promise<OidcIdentity> {
    const config = await this.configuration();
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: t.codeVerifier,
      expectedState: t.state,
      expectedNonce: t.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('the provider sent no ID token');
    const pick = (k: string) => (typeof claims[k] === 'string' ? (claims[k] as string) : undefined);
    return {
      subject: claims.sub,
      name: pick('preferred_username') ?? pick('email') ?? pick('name') ?? claims.sub,
      groups: claims[this.s.groupsClaim],
      idToken: tokens.id_token,
    };
  }

  /** The provider's end-session URL (RP-initiated logout), when it offers one. */
  async logoutUrl(idToken: string | undefined): Promise<string | undefined> {
    const config = await this.configuration().catch(() => undefined);
    if (!config?.serverMetadata().end_session_endpoint) return undefined;
    return oidc
      .buildEndSessionUrl(config, {
        post_logout_redirect_uri: this.s.postLogoutRedirectUri,
        ...(idToken ? { id_token_hint: idToken } : {}),
      })
      .toString();
  }
}
