import http, { type Server } from 'node:http';
import type { RequestListener } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Where the emulator listens unless EMULATOR_HOST says otherwise: loopback only. It hands out
 * tokens for published demo credentials and runs any job's shell command, so it must not be
 * reachable from the network by default.
 */
export const DEFAULT_HOST = '127.0.0.1';

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/**
 * Requests Node refuses before the app sees them (request line + headers over 16 KB, bad HTTP)
 * get a JSON body in the gateway's shape, as the cloud's API gateway answers, not an empty one.
 */
function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const body = JSON.stringify(
      tooLarge
        ? { error_code: 'APIGW.0115', error_msg: 'The request URL or headers are too large.' }
        : { error_code: 'APIGW.0101', error_msg: 'The request is not valid HTTP.' },
    );
    socket.end(
      `HTTP/1.1 ${tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
}

/** Starts an HTTP server for `app` on `host:port` (port 0: the OS picks); resolves once listening. */
export function listen(app: RequestListener, port: number, host = DEFAULT_HOST): Promise<Server> {
  const server = http.createServer(app);
  answerClientErrors(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
