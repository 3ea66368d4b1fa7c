import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';

describe('AUTH_MODE', () => {
  it('defaults to iam, with no OIDC client', () => {
    expect(loadConfig({})).toMatchObject({ authMode: 'iam', oidc: undefined });
  });

  it('oidc names every setting it still needs', () => {
    let err: unknown;
    try {
      loadConfig({ AUTH_MODE: 'oidc', OIDC_CLIENT_ID: 'console' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems).toEqual([
      'OIDC_ISSUER: OIDC_ISSUER is required when AUTH_MODE=oidc',
      'OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET is required when AUTH_MODE=oidc',
      'PUBLIC_ORIGIN: PUBLIC_ORIGIN is required when AUTH_MODE=oidc',
      'PORTAL_CONFIG: PORTAL_CONFIG is required when AUTH_MODE=oidc',
    ]);
  });

  it('oidc reads the relying party, with the groups claim and scopes by default', () => {
    const c = loadConfig({
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: 'https://idp.example/realms/ml/',
      OIDC_CLIENT_ID: 'console',
      OIDC_CLIENT_SECRET: 'client-secret-value',
      PUBLIC_ORIGIN: 'https://console.example',
      PORTAL_CONFIG: '/etc/console/portal.yaml',
    });
    expect(c.oidc).toEqual({
      issuer: 'https://idp.example/realms/ml/',
      clientId: 'console',
      clientSecret: 'client-secret-value',
      groupsClaim: 'groups',
      scopes: 'openid profile email groups',
    });
    expect(c.portalConfigPath).toBe('/etc/console/portal.yaml');
  });

  it('refuses an unknown mode and scopes without openid', () => {
    expect(() => loadConfig({ AUTH_MODE: 'ldap' })).toThrow(/AUTH_MODE must be iam or oidc/);
    expect(() => loadConfig({ OIDC_SCOPES: 'profile' })).toThrow(
      /OIDC_SCOPES must start with openid/,
    );
  });
});
