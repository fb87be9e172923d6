import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';

/** How the server answers one request. Every field is optional: the default is an empty 200. */
export interface Reply {
  status?: number;
  /** Extra headers; they win over the ones the server sets itself (e.g. a false Content-Length). */
  headers?: Record<string, string | number | string[] | undefined>;
  body?: string | Uint8Array;
  /** Compresses the body and sets Content-Encoding. */
  encoding?: 'gzip' | 'br' | 'deflate';
  /** Sends the body without Content-Length (chunked), so only the bytes themselves tell its size. */
  chunked?: boolean;
  /** Waits this long before sending the status line and headers. */
  delayMs?: number;
  /** Sends the body in pieces of `dripBytes` (default 1) with this pause between them (implies chunked). */
  dripMs?: number;
  dripBytes?: number;
  /** Sets Location; the status defaults to 302. */
  redirect?: string;
}

/** A fixed reply, or one computed per request (`hit` counts the requests to this path, from 1). */
export type Route = Reply | ((request: RecordedRequest, hit: number) => Reply | Promise<Reply>);

export interface RecordedRequest {
  method: string;
  /** Path and query as requested. */
  url: string;
  path: string;
  headers: IncomingHttpHeaders;
}

/** A real HTTP server on 127.0.0.1 whose answers each test scripts. */
export interface FixtureServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  port: number;
  url(path: string): string;
  route(path: string, route: Route): void;
  readonly requests: RecordedRequest[];
  /** How each answer ended: completed, or cut off because the client went away. */
  readonly responses: { path: string; completed: boolean }[];
  /** TCP connections accepted so far. */
  readonly connections: number;
  /** The most requests that were being answered at the same moment. */
  readonly maxConcurrent: number;
  /** Resolves once no request is being answered. */
  idle(): Promise<void>;
  /** Forgets routes and records, for the next test. */
  reset(): void;
  close(): Promise<void>;
}

/** Starts a fixture server on 127.0.0.1 (or `host`) on a free port. Unknown paths answer 404. */
export async function startFixtureServer(host = '127.0.0.1'): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const responses: { path: string; completed: boolean }[] = [];
  let connections = 0;
  let active = 0;
  let maxConcurrent = 0;
  let idleWaiters: (() => void)[] = [];

  const server = createServer(async (req, res) => {
    active++;
    maxConcurrent = Math.max(maxConcurrent, active);
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    const record = { path, completed: false };
    responses.push(record);
    res.on('finish', () => {
      record.completed = true;
    });
    const gone = new AbortController();
    res.on('close', () => {
      gone.abort();
      active--;
      if (active === 0) for (const wake of idleWaiters.splice(0)) wake();
    });
    const recorded = { method: req.method ?? 'GET', url: req.url ?? '/', path, headers: req.headers };
    requests.push(recorded);
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    const route = routes.get(path);
    const reply = route === undefined ? { status: 404, body: 'no such fixture' } : route;
    try {
      await answer(res, typeof reply === 'function' ? await reply(recorded, hit) : reply, gone.signal);
    } catch {
      res.destroy();
    }
  });
  server.on('connection', () => {
    connections++;
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  return {
    origin,
    port,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    route: (path, route) => {
      routes.set(path, route);
    },
    requests,
    responses,
    get connections() {
      return connections;
    },
    get maxConcurrent() {
      return maxConcurrent;
    },
    idle: () => (active === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(() => resolve()))),
    reset: () => {
      routes.clear();
      hits.clear();
      requests.length = 0;
      responses.length = 0;
      connections = 0;
      maxConcurrent = active;
      idleWaiters = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// `gone` aborts the pauses when the client hangs up, so no timer outlives the test.
async function answer(res: ServerResponse, reply: Reply, gone: AbortSignal): Promise<void> {
  if (reply.delayMs) await sleep(reply.delayMs, undefined, { signal: gone });
  if (res.destroyed) return;
  const raw = typeof reply.body === 'string' ? Buffer.from(reply.body) : Buffer.from(reply.body ?? []);
  const body = reply.encoding ? compress(raw, reply.encoding) : raw;
  res.statusCode = reply.status ?? (reply.redirect ? 302 : 200);
  if (reply.redirect) res.setHeader('location', reply.redirect);
  if (reply.encoding) res.setHeader('content-encoding', reply.encoding);
  const streamed = reply.chunked || reply.dripMs !== undefined;
  if (!streamed) res.setHeader('content-length', body.length);
  for (const [name, value] of Object.entries(reply.headers ?? {})) {
    if (value !== undefined) res.setHeader(name, value);
  }
  if (reply.dripMs === undefined) {
    res.end(body);
    return;
  }
  res.flushHeaders();
  const step = Math.max(1, reply.dripBytes ?? 1);
  for (let offset = 0; offset < body.length; offset += step) {
    if (res.destroyed) return;
    res.write(body.subarray(offset, offset + step));
    await sleep(reply.dripMs, undefined, { signal: gone });
  }
  if (!res.destroyed) res.end();
}

function compress(body: Buffer, encoding: 'gzip' | 'br' | 'deflate'): Buffer {
  if (encoding === 'gzip') return zlib.gzipSync(body);
  if (encoding === 'br') return zlib.brotliCompressSync(body);
  return zlib.deflateSync(body);
}
