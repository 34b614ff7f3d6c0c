/**
 * A SourceContext whose `fetch` calls replica sites' `handle()` directly: no server, no
 * sockets. It does what the replica server core and the HTTP layer do that handlers can
 * notice: follows redirects, decodes the body in its charset, derives an ETag from the body
 * (as server.ts does) and answers a conditional request for an unchanged body with
 * `{ notModified: true }`, and turns a non-2xx answer into a FetchError. Validators are kept
 * per URL in `validators` (committed at once, unlike the real run-scoped store).
 */
import { createHash } from 'node:crypto';
import pino from 'pino';
import { decodeBody } from '../../src/fetch/charset.js';
import { FetchError, type FetchOptions, type FetchResult } from '../../src/fetch/types.js';
import type { RawItem } from '../../src/model.js';
import type { Validators } from '../../src/model.js';
import type { SourceContext } from '../../src/sources/types.js';
import type { ReplicaRequest, ReplicaSite, ReplicaState } from '../../src/demo/types.js';

export interface ReplicaFetchLogEntry {
  url: string;
  conditional: boolean;
  accept: string | undefined;
  /** 304 for an unchanged conditional answer. */
  status: number;
}

export interface ReplicaContext extends SourceContext {
  /** Mutable: set `state.day = 2` to move the replica on. */
  state: ReplicaState;
  requests: ReplicaFetchLogEntry[];
  validators: Map<string, Validators>;
  /** URLs `known()` reports as recorded; add to it to simulate the store. */
  knownUrls: Set<string>;
}

export interface ReplicaContextOptions {
  day?: number;
  today?: Date;
  /** Share validators between contexts (e.g. a day-1 and a day-2 context). */
  validators?: Map<string, Validators>;
  /** URLs already recorded as items (what `known()` answers true for). */
  known?: Iterable<string>;
  /** A silent first run (default false). */
  baseline?: boolean;
  /** What `mayMatter()` answers (default: every item may). */
  mayMatter?: (item: RawItem) => boolean;
}

const MAX_REDIRECTS = 5;

export function replicaContext(sites: ReplicaSite | ReplicaSite[], options: ReplicaContextOptions = {}): ReplicaContext {
  const list = Array.isArray(sites) ? sites : [sites];
  const byHost = new Map<string, ReplicaSite>();
  for (const site of list) for (const host of site.hosts) byHost.set(host.toLowerCase(), site);
  const state: ReplicaState = { day: options.day ?? 1, today: options.today ?? new Date('2026-03-16T08:00:00Z') };
  const validators = options.validators ?? new Map<string, Validators>();
  const requests: ReplicaFetchLogEntry[] = [];
  const knownUrls = new Set<string>(options.known ?? []);

  async function fetch(url: string, fetchOptions: FetchOptions = {}): Promise<FetchResult> {
    const conditional = fetchOptions.conditional === true;
    const redirects: string[] = [];
    let current = url;
    for (let hop = 0; ; hop++) {
      let target: URL;
      try {
        target = new URL(current);
      } catch {
        throw new FetchError(`invalid URL ${current}`, 'network', url);
      }
      const host = target.hostname.toLowerCase();
      const site = byHost.get(host);
      if (site === undefined) throw new FetchError(`getaddrinfo ENOTFOUND ${host}`, 'dns', url);
      const request: ReplicaRequest = {
        method: fetchOptions.method ?? 'GET',
        host,
        path: target.pathname,
        query: target.searchParams,
        headers: { accept: fetchOptions.accept, 'user-agent': 'sourcewatch-test' },
        scheme: target.protocol === 'http:' ? 'http' : 'https',
      };
      const response = site.handle(request, state) ?? { status: 404, body: 'Not Found', noValidators: true };
      const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
      const location = headers.location;
      if (response.status >= 300 && response.status < 400 && location) {
        if (hop >= MAX_REDIRECTS) throw new FetchError('too many redirects', 'too-many-redirects', url);
        redirects.push(current);
        requests.push({ url: current, conditional, accept: fetchOptions.accept, status: response.status });
        current = new URL(location, current).href;
        continue;
      }
      const body = typeof response.body === 'string' ? Buffer.from(response.body, 'utf8') : response.body;
      if (response.status < 200 || response.status >= 300) {
        requests.push({ url: current, conditional, accept: fetchOptions.accept, status: response.status });
        throw new FetchError(`HTTP ${response.status} for ${current}`, 'http', url, response.status);
      }
      const fresh: Validators = response.noValidators
        ? {}
        : {
            etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 20)}"`,
            lastModified: (response.lastModified ?? state.today).toUTCString(),
          };
      const stored = validators.get(url);
      if (conditional && stored?.etag !== undefined && stored.etag === fresh.etag) {
        requests.push({ url: current, conditional, accept: fetchOptions.accept, status: 304 });
        return { notModified: true, url, validators: stored };
      }
      requests.push({ url: current, conditional, accept: fetchOptions.accept, status: response.status });
      if (fresh.etag !== undefined) validators.set(url, fresh);
      const contentType = headers['content-type'] ?? '';
      const { text, charset } = decodeBody(body, contentType);
      return {
        notModified: false,
        url,
        finalUrl: current,
        status: response.status,
        headers,
        body,
        text,
        charset,
        contentType,
        validators: fresh,
        truncated: false,
        redirects,
      };
    }
  }

  const memo = new Map<string, string>();
  return {
    fetch,
    browser: () => ({
      render: () => Promise.reject(new Error('replicaContext has no browser')),
      close: () => Promise.resolve(),
    }),
    known: (url: string) => knownUrls.has(url),
    baseline: options.baseline ?? false,
    mayMatter: options.mayMatter ?? (() => true),
    // Remembered across handler calls on the same context, as the store does across runs.
    memo: { get: (key: string) => memo.get(key), set: (key: string, value: string) => void memo.set(key, value) },
    log: pino({ level: 'silent' }),
    now: state.today,
    state,
    requests,
    validators,
    knownUrls,
  };
}
