import { z } from 'zod';

/** IAM `POST /v3/auth/tokens`, password method, project scope (catalog §1.1). */
export const IamTokenRequestSchema = z.object({
  auth: z.object({
    identity: z.object({
      methods: z.array(z.literal('password')).min(1),
      password: z.object({
        user: z.object({
          name: z.string().min(1, 'user name is required'),
          password: z.string().min(1, 'password is required'),
          domain: z.object({ name: z.string().min(1, 'domain name is required') }),
        }),
      }),
    }),
    scope: z.object({
      project: z
        .object({ name: z.string().min(1).optional(), id: z.string().min(1).optional() })
        .refine((p) => p.name !== undefined || p.id !== undefined, {
          message: 'scope.project needs a name or an id',
        }),
    }),
  }),
});
export type IamTokenRequest = z.infer<typeof IamTokenRequestSchema>;

/** Token body; the token itself travels in the `X-Subject-Token` response header. */
export const IamTokenResponseSchema = z.object({
  token: z.looseObject({
    expires_at: z.string(),
    issued_at: z.string().optional(),
    methods: z.array(z.string()).optional(),
    project: z.looseObject({ id: z.string(), name: z.string() }),
    user: z
      .looseObject({
        name: z.string(),
        id: z.string().optional(),
        domain: z.looseObject({ name: z.string() }).optional(),
      })
      .optional(),
  }),
});
export type IamTokenResponse = z.infer<typeof IamTokenResponseSchema>;

/** IAM error bodies come as `{error_code, error_msg}` or the Keystone form `{error: {code, message}}`. */
export const IamErrorBodySchema = z.union([
  z.looseObject({ error_code: z.string(), error_msg: z.string() }),
  z.looseObject({
    error: z.looseObject({
      code: z.union([z.number(), z.string()]),
      message: z.string(),
      title: z.string().optional(),
    }),
  }),
]);
export type IamErrorBody = z.infer<typeof IamErrorBodySchema>;

export interface PasswordLogin {
  domain: string;
  username: string;
  password: string;
  project: string;
}

export function buildPasswordTokenRequest(login: PasswordLogin): IamTokenRequest {
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: {
          user: { name: login.username, password: login.password, domain: { name: login.domain } },
        },
      },
      scope: { project: { name: login.project } },
    },
  };
}

export const SUBJECT_TOKEN_HEADER = 'x-subject-token';
export const AUTH_TOKEN_HEADER = 'x-auth-token';
