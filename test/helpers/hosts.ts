/**
 * Several local "hosts": plain HTTP servers on distinct 127.0.0.x addresses, each with a
 * real-looking name that the HTTP layer resolves through its fixed `hosts` map. Every
 * request is logged so tests can assert what was (not) asked.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface HostRequest {
  host: string;
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
}

export type Handler = (request: http.IncomingMessage, response: http.ServerResponse, url: URL) => void;

export interface TestHost {
  name: string;
  address: string;
  port: number;
  origin: string;
}

export interface TestHosts {
  hosts: Record<string, TestHost>;
  /** name → address, for the HTTP client's `hosts` option. */
  resolve: Record<string, string>;
  log: HostRequest[];
  close(): Promise<void>;
}

export async function startHosts(definitions: Record<string, Handler>, firstAddress = 2): Promise<TestHosts> {
  const log: HostRequest[] = [];
  const servers: http.Server[] = [];
  const sockets = new Set<Socket>();
  const hosts: Record<string, TestHost> = {};
  const resolve: Record<string, string> = {};
  let octet = firstAddress;
  for (const [name, handler] of Object.entries(definitions)) {
    const address = `127.0.0.${octet++}`;
    const server = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', `http://${name}`);
      log.push({ host: name, method: request.method ?? 'GET', path: url.pathname + url.search, headers: request.headers });
      handler(request, response, url);
    });
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((done) => server.listen(0, address, done));
    const { port } = server.address() as AddressInfo;
    servers.push(server);
    hosts[name] = { name, address, port, origin: `http://${name}:${port}` };
    resolve[name] = address;
  }
  return {
    hosts,
    resolve,
    log,
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
    },
  };
}

/** A small HTML page. */
export function page(response: http.ServerResponse, status: number, title: string, body = '', headers: Record<string, string> = {}): void {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), ...headers });
  response.end(html);
}

export function redirect(response: http.ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location, 'content-length': 0 });
  response.end();
}
