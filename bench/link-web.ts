/**
 * The link-checking workload: H local hosts (127.0.0.x, one address each), every answer
 * delayed by the host's latency, and a link universe whose truth is known — ok pages,
 * permanent and temporary redirects, 404/410, soft-404s, deep links sent home, missing and
 * present #fragments, persistent 500s, bot walls, logins, PDFs, rate-limited links, and one
 * slow host. Counts every request so tools can be compared on what they sent.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Truth = 'working' | 'broken' | 'cant-tell';

export interface LinkCase {
  url: string;
  host: number;
  kind: string;
  truth: Truth;
}

/** The mix, per 100 links: kind, share, truth. Shares are a newsletter archive's, roughly. */
export const MIX: Array<[kind: string, share: number, truth: Truth]> = [
  ['ok', 60, 'working'],
  ['moved', 6, 'working'],
  ['temp', 3, 'working'],
  ['frag-ok', 2, 'working'],
  ['pdf', 3, 'working'],
  ['limited', 2, 'working'],
  ['gone', 8, 'broken'],
  ['removed', 1, 'broken'],
  ['soft', 3, 'broken'],
  ['home', 2, 'broken'],
  ['frag-missing', 2, 'broken'],
  ['error', 2, 'broken'],
  ['walled', 4, 'cant-tell'],
  ['login', 2, 'cant-tell'],
];

export interface LinkWeb {
  hosts: Array<{ address: string; port: number; latencyMs: number }>;
  /** Where a tool that crawls finds every link: one HTML "issue" page. */
  issueUrl: string;
  cases: LinkCase[];
  requests(): number;
  requestsByMethod(): Record<string, number>;
  /** The most requests any one host had in flight at once: the politeness actually seen. */
  maxInFlightPerHost(): number;
  reset(): void;
  close(): Promise<void>;
}

export interface LinkWebOptions {
  links: number;
  hosts: number;
  latencyMs: number;
  /** One host answers this slowly instead (a slow government server). */
  slowHostLatencyMs: number;
  firstOctet?: number;
}

function kindOf(index: number): [string, Truth] {
  // Spread kinds over hosts: a deterministic shuffle of the 100 slots.
  const slot = (index * 37) % 100;
  let acc = 0;
  for (const [kind, share, truth] of MIX) {
    acc += share;
    if (slot < acc) return [kind, truth];
  }
  return ['ok', 'working'];
}

export function issueHtml(cases: LinkCase[]): string {
  const items = cases.map((c, i) => `<li><a href="${c.url}">Sak ${i + 1}</a></li>`).join('\n');
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Nyhetsbrev (benchmark)</title></head><body><h1>Nyhetsbrev</h1><ul>\n${items}\n</ul></body></html>\n`;
}

export async function startLinkWeb(options: LinkWebOptions): Promise<LinkWeb> {
  const first = options.firstOctet ?? 100;
  const servers: http.Server[] = [];
  const sockets = new Set<Socket>();
  const hosts: LinkWeb['hosts'] = [];
  const byMethod: Record<string, number> = {};
  let count = 0;
  let maxInFlight = 0;
  const limitedSeen = new Set<string>();
  const pdfBody = Buffer.alloc(2 * 1024 * 1024, 0x20);
  let issue = '';

  const page = (res: http.ServerResponse, status: number, title: string, extra = '', headers: Record<string, string> = {}): void => {
    const body = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><h2 id="funn">Funn</h2><p>${'Tekst om arbeidsliv og menneskehandel. '.repeat(20)}</p>${extra}</body></html>`;
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };

  for (let h = 0; h < options.hosts; h += 1) {
    const latencyMs = h === options.hosts - 1 ? options.slowHostLatencyMs : options.latencyMs;
    let inFlight = 0;
    const server = http.createServer((req, res) => {
      count += 1;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      let counted = true;
      const done = (): void => {
        if (counted) inFlight -= 1;
        counted = false;
      };
      res.on('finish', done);
      res.on('close', done);
      byMethod[req.method ?? 'GET'] = (byMethod[req.method ?? 'GET'] ?? 0) + 1;
      const url = new URL(req.url ?? '/', 'http://x');
      setTimeout(() => {
        if (url.pathname === '/issue.html') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          res.end(issue);
          return;
        }
        if (url.pathname === '/robots.txt') return page(res, 404, 'Not Found');
        const [, kind = '', id = ''] = url.pathname.split('/');
        switch (kind) {
          case '':
            return page(res, 200, 'Forside');
          case 'ok':
            return page(res, 200, `Rapport ${id}`);
          case 'moved':
            res.writeHead(301, { location: `/ok/${id}` }).end();
            return;
          case 'temp':
            res.writeHead(302, { location: `/ok/${id}` }).end();
            return;
          case 'home':
            res.writeHead(302, { location: '/' }).end();
            return;
          case 'gone':
            return page(res, 404, 'Not Found');
          case 'removed':
            return page(res, 410, 'Gone');
          case 'soft':
            return page(res, 200, 'Siden finnes ikke', '<p>Beklager, vi finner ikke siden du leter etter.</p>');
          case 'error':
            return page(res, 500, 'Internal Server Error');
          case 'walled':
            return page(res, 403, 'Just a moment...', '<div id="challenge-platform"></div>', { 'cf-mitigated': 'challenge' });
          case 'login':
            return page(res, 401, 'Unauthorized', '', { 'www-authenticate': 'Basic realm="intranett"' });
          case 'limited': {
            // The first request for each link is turned away with a short Retry-After.
            const key = `${h}/${id}`;
            if (!limitedSeen.has(key)) {
              limitedSeen.add(key);
              return page(res, 429, 'Too Many Requests', '', { 'retry-after': '1' });
            }
            return page(res, 200, `Rapport ${id}`);
          }
          case 'doc':
            res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': pdfBody.length });
            res.end(req.method === 'HEAD' ? undefined : pdfBody);
            return;
          default:
            return page(res, 404, 'Not Found');
        }
      }, latencyMs);
    });
    server.keepAliveTimeout = 5000;
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    const address = `127.0.0.${first + h}`;
    await new Promise<void>((resolve) => server.listen(0, address, resolve));
    servers.push(server);
    hosts.push({ address, port: (server.address() as AddressInfo).port, latencyMs });
  }

  const cases: LinkCase[] = [];
  for (let i = 0; i < options.links; i += 1) {
    const host = i % options.hosts;
    const [kind, truth] = kindOf(Math.floor(i / options.hosts) * 7 + host);
    const origin = `http://${hosts[host]!.address}:${hosts[host]!.port}`;
    const path =
      kind === 'frag-ok' ? `/ok/${i}#funn` : kind === 'frag-missing' ? `/ok/${i}#konklusjon` : kind === 'pdf' ? `/doc/${i}.pdf` : `/${kind}/${i}`;
    cases.push({ url: `${origin}${path}`, host, kind, truth });
  }
  issue = issueHtml(cases);
  // The issue page sits on the first host, without the latency mattering much (one request).
  const issueUrl = `http://${hosts[0]!.address}:${hosts[0]!.port}/issue.html`;

  return {
    hosts,
    issueUrl,
    cases,
    requests: () => count,
    maxInFlightPerHost: () => maxInFlight,
    requestsByMethod: () => ({ ...byMethod }),
    reset() {
      count = 0;
      maxInFlight = 0;
      for (const key of Object.keys(byMethod)) delete byMethod[key];
      limitedSeen.clear();
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}

/** The fastest any tool may finish at the given per-host concurrency: max over hosts of links ÷ concurrency × latency. */
export function lowerBoundMs(web: LinkWeb, perHostConcurrency: number): number {
  const perHost = new Map<number, number>();
  for (const c of web.cases) perHost.set(c.host, (perHost.get(c.host) ?? 0) + 1);
  let bound = 0;
  for (const [host, links] of perHost) bound = Math.max(bound, Math.ceil(links / perHostConcurrency) * web.hosts[host]!.latencyMs);
  return bound;
}

/** Requests a correct checker must send for a link of each kind (redirect hop, 5xx retries). */
const REQUESTS: Record<string, number> = { moved: 2, temp: 2, home: 2, error: 3, limited: 2 };

/**
 * A tighter bound that still allows for what the mix demands: every request a correct checker
 * must send (redirects are two, a persistent 500 is tried three times, a 429 twice), spread
 * over the host's connections, plus the Retry-After pauses the host asked for.
 */
export function achievableBoundMs(web: LinkWeb, perHostConcurrency: number, retryAfterMs = 1000): number {
  const requests = new Map<number, number>();
  const pauses = new Map<number, number>();
  for (const c of web.cases) {
    requests.set(c.host, (requests.get(c.host) ?? 0) + (REQUESTS[c.kind] ?? 1));
    if (c.kind === 'limited') pauses.set(c.host, (pauses.get(c.host) ?? 0) + retryAfterMs);
  }
  let bound = 0;
  for (const [host, count] of requests) {
    bound = Math.max(bound, Math.ceil(count / perHostConcurrency) * web.hosts[host]!.latencyMs + (pauses.get(host) ?? 0));
  }
  return bound;
}
