/**
 * The replica web's server core: one HTTP proxy on 127.0.0.1 that answers for the real host
 * names of the watched sites. Plain-HTTP requests arrive in absolute form; HTTPS arrives as
 * CONNECT, and the tunnel is terminated here with a self-signed certificate (clients run
 * with --insecure, as behind a TLS-intercepting proxy). Each request is routed by host to a
 * ReplicaSite. The core, not the sites, does what every real server does: ETag and
 * Last-Modified on every answer, 304 for a matching If-None-Match / If-Modified-Since, HEAD.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from './types.js';

export interface ReplicaLogEntry {
  method: string;
  scheme: 'http' | 'https';
  host: string;
  path: string;
  status: number;
  bytes: number;
  userAgent: string | undefined;
  ifNoneMatch: string | undefined;
  ifModifiedSince: string | undefined;
}

export interface Replica {
  /** The proxy URL to hand to clients: http://127.0.0.1:PORT */
  proxyUrl: string;
  port: number;
  state: ReplicaState;
  setDay(day: number): void;
  log: ReplicaLogEntry[];
  clearLog(): void;
  close(): Promise<void>;
}

export interface ReplicaOptions {
  sites: ReplicaSite[];
  day?: number;
  today?: Date;
  host?: string;
  port?: number;
}

// The certificate is not compiled: the built server in dist/src/demo/ reads it from the source tree.
const tlsDir = fileURLToPath(new URL('./tls/', import.meta.url).href.replace('/dist/src/demo/', '/src/demo/'));

/** The Last-Modified a site gets when it does not set one: stable within a day of the replica. */
function defaultLastModified(state: ReplicaState): Date {
  const date = new Date(state.today);
  date.setUTCHours(5, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() - 10 + state.day);
  return date;
}

function isNotModified(request: ReplicaRequest, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  // RFC 9110 13.1.2: when If-None-Match is present, If-Modified-Since is ignored.
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*');
  }
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

export async function startReplica(options: ReplicaOptions): Promise<Replica> {
  const state: ReplicaState = { day: options.day ?? 1, today: options.today ?? new Date() };
  const byHost = new Map<string, ReplicaSite>();
  for (const site of options.sites) for (const host of site.hosts) byHost.set(host.toLowerCase(), site);
  const log: ReplicaLogEntry[] = [];
  const sockets = new Set<Socket>();

  const answer = (scheme: 'http' | 'https', req: http.IncomingMessage, res: http.ServerResponse): void => {
    let target: URL;
    try {
      target = req.url?.startsWith('http://') || req.url?.startsWith('https://')
        ? new URL(req.url)
        : new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'unknown'}`);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const host = target.hostname.toLowerCase();
    const request: ReplicaRequest = {
      method: req.method ?? 'GET',
      host,
      path: target.pathname,
      query: target.searchParams,
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]),
      ),
      scheme,
    };
    const site = byHost.get(host);
    let response: ReplicaResponse | null;
    if (site === undefined) {
      // What a proxy says when the name does not resolve.
      response = { status: 502, body: `replica: unknown host ${host}`, noValidators: true };
    } else {
      try {
        response = site.handle(request, state) ?? {
          status: 404,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          body: '<!doctype html><title>404 Not Found</title><h1>Not Found</h1>',
          noValidators: true,
        };
      } catch (error) {
        response = { status: 500, body: `replica site error: ${String(error)}`, noValidators: true };
      }
    }
    const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
    const headers: Record<string, string> = { ...response.headers };
    let status = response.status;
    if (status === 200 && !response.noValidators) {
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`;
      const lastModified = response.lastModified ?? defaultLastModified(state);
      headers.etag = etag;
      headers['last-modified'] = lastModified.toUTCString();
      if (isNotModified(request, etag, lastModified)) status = 304;
    }
    const send = (): void => {
      const withBody = status !== 304 && request.method !== 'HEAD';
      if (status !== 304) headers['content-length'] = String(body.length);
      log.push({
        method: request.method,
        scheme,
        host,
        path: target.pathname + target.search,
        status,
        bytes: withBody ? body.length : 0,
        userAgent: request.headers['user-agent'],
        ifNoneMatch: request.headers['if-none-match'],
        ifModifiedSince: request.headers['if-modified-since'],
      });
      if (res.destroyed) return;
      res.writeHead(status, headers);
      res.end(withBody ? body : undefined);
    };
    if (response.delayMs) setTimeout(send, response.delayMs);
    else send();
  };

  const tlsServer = https.createServer(
    { key: readFileSync(`${tlsDir}key.pem`), cert: readFileSync(`${tlsDir}cert.pem`) },
    (req, res) => answer('https', req, res),
  );
  // Plain HTTP inside a CONNECT tunnel (clients that tunnel http:// too) lands here.
  const tunnelledPlain = http.createServer((req, res) => answer('http', req, res));
  const server = http.createServer((req, res) => answer('http', req, res));
  server.on('connect', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    // A client that goes away mid-tunnel (a browser closed at the end of a run) resets the
    // socket; that is the client's business, not a reason for the replica's process to die.
    socket.on('error', () => undefined);
    const [hostPart = '', portPart = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    const host = hostPart.toLowerCase();
    if (!byHost.has(host)) {
      log.push({ method: 'CONNECT', scheme: 'https', host, path: '', status: 502, bytes: 0, userAgent: req.headers['user-agent'], ifNoneMatch: undefined, ifModifiedSince: undefined });
      socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    (portPart === '443' ? tlsServer : tunnelledPlain).emit('connection', socket);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 2000;

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve));
  const { port, address } = server.address() as AddressInfo;
  return {
    proxyUrl: `http://${address}:${port}`,
    port,
    state,
    setDay(day: number) {
      state.day = day;
    },
    log,
    clearLog() {
      log.length = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      tlsServer.close();
      tunnelledPlain.close();
    },
  };
}
