import { startDocumentedUpstream } from './server.js';

/** Runs the documented-responses upstream on DOCUMENTED_UPSTREAM_PORT (loopback only). */
const port = Number(process.env.DOCUMENTED_UPSTREAM_PORT ?? '0');
const upstream = await startDocumentedUpstream(Number.isInteger(port) && port >= 0 ? port : 0);
const bound = new URL(upstream.url).port;
console.log(`DOCUMENTED_UPSTREAM_LISTENING port=${bound}`);

const stop = () => {
  void upstream.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
