import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { brotliDecompressSync, gunzipSync, inflateSync, zstdDecompressSync } from 'node:zlib';

/** One request that passed through the proxy, with its body (the tests read pushed seqs from it). */
export interface ProxiedRequest {
  method: string;
  path: string;
  body: string;
}

/** A request the server received and answered, whose answer the proxy withholds from the browser. */
export interface HeldRequest {
  /** Resolves once the server has answered (so it has applied the request), with its answer. */
  answered: Promise<{ status: number; body: string }>;
  /** Drops the withheld answer: the browser's connection is destroyed, as on a lost network. */
  drop(): void;
}

export interface SwitchableProxy {
  /** Base URL to enrol the extension with, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Offline: every connection is destroyed on arrival and the open ones at once. */
  setOnline(online: boolean): void;
  /** Connections and requests destroyed while offline. */
  readonly refused: number;
  /** Every request forwarded so far, oldest first. */
  readonly log: readonly ProxiedRequest[];
  /** Forwards the next request that `match` accepts but withholds the server's answer. */
  holdNext(match: (request: ProxiedRequest) => boolean): HeldRequest;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of `wrangler dev`, for end-to-end tests of sync: the extension is enrolled
 * with its address. Offline, connections are destroyed as on a lost network, whatever emulation
 * the browser applies (Playwright's `context.setOffline` reaches the extension's service worker in
 * the version used here, which its documentation does not promise); and one request can pass to
 * the server while its answer is withheld, which no browser switch can do.
 */
export async function startSwitchableProxy(upstream: string): Promise<SwitchableProxy> {
  const target = new URL(upstream);
  const sockets = new Set<Socket>();
  const log: ProxiedRequest[] = [];
  let online = true;
  let refused = 0;
  let hold: {
    match: (request: ProxiedRequest) => boolean;
    take: (response: ServerResponse, answer: { status: number; body: string }) => void;
  } | null = null;

  const forward = (incoming: IncomingMessage, proxied: ProxiedRequest, raw: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) => {
      const outgoing = request(
        {
          host: target.hostname,
          port: target.port,
          method: proxied.method,
          path: proxied.path,
          headers: { ...incoming.headers, host: target.host, connection: 'close' },
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: Buffer.concat(chunks),
            }),
          );
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      // The bytes as they came (a photo is no text); the log keeps a text copy.
      outgoing.end(raw);
    });

  const server = createServer(async (incoming, response) => {
    if (!online) {
      refused += 1;
      incoming.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const proxied = {
      method: incoming.method ?? 'GET',
      path: incoming.url ?? '/',
      body: raw.toString('utf8'),
    };
    log.push(proxied);
    const held = hold?.match(proxied) ? hold : null;
    if (held) hold = null;
    try {
      const answer = await forward(incoming, proxied, raw);
      if (held) return held.take(response, { status: answer.status, body: decode(answer) });
      const headers = { ...answer.headers };
      delete headers['transfer-encoding'];
      delete headers.connection;
      response.writeHead(answer.status, { ...headers, 'content-length': answer.body.length });
      response.end(answer.body);
    } catch {
      response.socket?.destroy();
    }
  });
  server.on('connection', (socket) => {
    if (!online) {
      refused += 1;
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    setOnline(value) {
      online = value;
      if (!value) for (const socket of sockets) socket.destroy();
    },
    get refused() {
      return refused;
    },
    log,
    holdNext(match) {
      let withheld: ServerResponse | null = null;
      let settle!: (answer: { status: number; body: string }) => void;
      const answered = new Promise<{ status: number; body: string }>((resolve) => {
        settle = resolve;
      });
      hold = {
        match,
        take(response, answer) {
          withheld = response;
          settle(answer);
        },
      };
      return {
        answered,
        drop() {
          withheld?.socket?.destroy();
        },
      };
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An answer's body as text, undoing the compression the browser asked for (`accept-encoding`). */
function decode(answer: { headers: IncomingMessage['headers']; body: Buffer }): string {
  const decoders: Record<string, (body: Buffer) => Buffer> = {
    gzip: gunzipSync,
    deflate: inflateSync,
    br: brotliDecompressSync,
    zstd: zstdDecompressSync,
  };
  const encoding = String(answer.headers['content-encoding'] ?? '').trim();
  return (decoders[encoding]?.(answer.body) ?? answer.body).toString('utf8');
}
