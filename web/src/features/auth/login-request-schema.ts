// The sign-in form's schema in a module of its own: the form imports it (and zod with it) when the
// user starts filling it in, not with the login page (issue 14's 120 kB budget: post-build.ts).
export { LoginRequestSchema } from '@console/shared';
