/**
 * `sourcewatch serve`: the editors' review page, a small node:http server over the state in
 * storage/. It binds to 127.0.0.1 unless told otherwise, and refuses to bind anywhere else
 * without an access token. It holds one database connection; every decision is its own short
 * transaction, so a `watch` run in another process can go on at the same time.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import { silentLogger } from '../log.js';
import type { Db } from '../store/db.js';
import type { Language } from './labels.js';
import { createHandler, type ConfigSource, type RouteDeps } from './routes.js';
import { Security, isLoopbackHost } from './security.js';

export interface ReviewServerOptions {
  db: Db;
  /** The configuration, or a source that may reload it (sources.json edited while serving). */
  config: Config | ConfigSource;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Required when `host` is not a loopback address. */
  token?: string;
  /** Override review.language. */
  language?: Language;
  /** Override review.learning. */
  learning?: boolean;
  now?: () => Date;
  log?: Logger;
  /** sources.json and its history folder, for editing sources on the Kilder tab. */
  sourcesFile?: RouteDeps['sourcesFile'];
  /** The Kilder tab's live probe. */
  probe?: RouteDeps['probe'];
}

export interface ReviewServer {
  /** http://127.0.0.1:PORT/ (with ?token=… when a token is required). */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export class ServeError extends Error {}

export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && !options.token) {
    throw new ServeError(`binding to ${host} makes the page reachable from other machines: a token is required (--token or SOURCEWATCH_TOKEN)`);
  }
  const configSource: ConfigSource =
    'current' in options.config ? options.config : { current: () => ({ config: options.config as Config, warning: null }) };
  const security = new Security({ boundTo: host, token: options.token });
  const log = options.log ?? silentLogger();
  const handler = createHandler({
    db: options.db,
    configSource,
    security,
    now: options.now ?? (() => new Date()),
    log,
    ...(options.language ? { language: options.language } : {}),
    ...(options.learning !== undefined ? { learning: options.learning } : {}),
    ...(options.sourcesFile ? { sourcesFile: options.sourcesFile } : {}),
    ...(options.probe ? { probe: options.probe } : {}),
  });
  const server = http.createServer((req, res) => void handler(req, res));
  server.headersTimeout = 30_000;
  server.requestTimeout = 60_000;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  security.setPort(port);
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${shownHost}:${port}/${options.token ? `?token=${encodeURIComponent(options.token)}` : ''}`;
  log.info({ host, port }, 'review page listening');
  return {
    url,
    host,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections (a browser tab) would hold close() open.
        for (const socket of sockets) socket.destroy();
      }),
  };
}
