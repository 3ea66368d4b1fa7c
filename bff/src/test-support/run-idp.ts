// A real OIDC provider for the portal e2e (and a local try-out of AUTH_MODE=oidc):
//   IDP_PORT=18282 CONSOLE_ORIGIN=http://127.0.0.1:18280 tsx bff/src/test-support/run-idp.ts
// People: see IDP_PEOPLE in oidc-idp.ts (any password). Client: IDP_CLIENT.
import { IDP_CLIENT, startIdp } from './oidc-idp.js';

const port = Number(process.env.IDP_PORT ?? 18282);
const origin = process.env.CONSOLE_ORIGIN ?? 'http://127.0.0.1:18280';
const idp = await startIdp(origin, port);
process.stdout.write(`IDP_LISTENING issuer=${idp.issuer} client=${IDP_CLIENT.id}\n`);
const stop = () => void idp.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
