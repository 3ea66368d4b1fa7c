import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CutProxy {
  /** `http://127.0.0.1:port`: the same paths as the target. */
  base: string;
  /** The next connection is cut after this many response bytes (undefined: never). */
  cutNextAfter(bytes: number | undefined): void;
  /** Connections cut so far. */
  readonly cuts: number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of `target` that drops a connection after a given number of bytes of its
 * response, wherever that falls (mid-event, mid-line): a network drop as the browser sees it.
 */
export async function startCutProxy(target: URL): Promise<CutProxy> {
  let nextCut: number | undefined;
  let cuts = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const budget = nextCut;
    nextCut = undefined;
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    let sent = 0;
    upstream.on('data', (chunk: Buffer) => {
      if (budget === undefined) {
        client.write(chunk);
        return;
      }
      const room = budget - sent;
      sent += chunk.length;
      if (room > chunk.length) {
        client.write(chunk);
        return;
      }
      cuts += 1;
      client.end(chunk.subarray(0, Math.max(0, room)), () => client.destroy());
      upstream.destroy();
    });
    client.on('data', (chunk: Buffer) => upstream.write(chunk));
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    cutNextAfter: (bytes) => {
      nextCut = bytes;
    },
    get cuts() {
      return cuts;
    },
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      return closed;
    },
  };
}
