import type { DocumentedSample } from './sample-row.js';

/** The token request both pages print (placeholders for the caller's own account). */
const TOKEN_BODY = {
  auth: {
    identity: {
      methods: ['password'],
      password: {
        user: { name: 'user_name', password: 'user_password', domain: { name: 'domain_name' } },
      },
    },
    scope: { project: { name: 'project_name' } },
  },
};

/**
 * IAM `POST /v3/auth/tokens` (catalog §1.1). The pages tell the reader to replace `user_name`,
 * `user_password`, `domain_name` and `project_name` with their own account: the test gives its
 * emulator a users file with an account of exactly these names, so the bodies go as printed.
 */
export const IAM_SAMPLES: DocumentedSample[] = [
  {
    page: 'calling_apis/making_an_api_request.rst',
    index: 1,
    method: 'post',
    path: '/v3/auth/tokens',
    body: TOKEN_BODY,
  },
  {
    // The page prints only the body; the method and path are those of making_an_api_request.rst.
    page: 'calling_apis/authentication.rst',
    index: 1,
    method: 'post',
    path: '/v3/auth/tokens',
    body: TOKEN_BODY,
  },
];

/** The placeholder account, next to the demo account, for the test emulator's users file. */
export const PLACEHOLDER_DOMAIN = {
  name: 'domain_name',
  id: 'd0c5a3p1e0000000000000000000d0c5',
  users: [{ name: 'user_name', id: 'u0c5a3p1e0000000000000000000u0c5', password: 'user_password' }],
  projects: [{ name: 'project_name', id: 'a0c5a3f1e0000000000000000000a0c5' }],
};
