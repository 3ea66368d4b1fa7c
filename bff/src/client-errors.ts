import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { ConsoleErrorCode, type ConsoleErrorBody } from '@console/shared';

/** Node's own limit on the request line and headers together (`--max-http-header-size`). */
export const MAX_HEADER_BYTES = 16 * 1024;

function answer(socket: Duplex, status: string, body: ConsoleErrorBody): void {
  const json = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
  );
}

/**
 * Requests Node refuses before Express sees them (a URL or headers over 16 KB, a malformed
 * request) are answered in the console's error shape, saying what is wrong, instead of Node's
 * empty 431 / 400.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) return void socket.destroy();
    if (err.code === 'HPE_HEADER_OVERFLOW')
      return answer(socket, '431 Request Header Fields Too Large', {
        error_code: ConsoleErrorCode.badRequest,
        error_msg: `The request line and headers are larger than the limit of ${MAX_HEADER_BYTES / 1024} KB (a query that long does not fit: narrow it)`,
      });
    if (err.code === 'ECONNRESET') return void socket.destroy();
    answer(socket, '400 Bad Request', {
      error_code: ConsoleErrorCode.badRequest,
      error_msg: 'The request is not valid HTTP',
    });
  });
}
