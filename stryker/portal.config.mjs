import { strykerConfig } from './base.mjs';

/** `pnpm mutate portal`: the team portal's rules and the upstream signing, against the BFF's fast tests. */
export default {
  ...strykerConfig('portal', {
    mutate: [
      'bff/src/portal/{guardrails,roles,service-token,portal-file,portal-credentials,login-transactions,audit-trail}.ts',
      'bff/src/clients/upstream-auth.ts',
    ],
    pkg: 'bff',
  }),
  vitest: { configFile: 'bff/vitest.mutation.config.ts', dir: 'bff', related: false },
};
