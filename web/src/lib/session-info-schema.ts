// The session's schema, in a module of its own so that the session calls import it (and zod) only
// when a session arrives: the signed-out login page never does (see `sessionInfoSchema`).
export { SessionInfoSchema } from '@console/shared';
