/**
 * The one place HTTP happens. Every request — source pages, feeds, APIs, robots.txt, link
 * checks — goes through HttpClient so that proxy, TLS, timeouts, size caps, politeness,
 * retries and charset are handled once and the same way.
 *
 * Three levels:
 * - `request()` — one hop, no redirects, no retries.
 * - `follow()` — the one request chain (follow.ts): redirect hops, retries by the one rule,
 *   Retry-After, typed errors. The link checker builds on it.
 * - `fetch()` — a page as a source needs it: `follow()` plus robots.txt, conditional requests,
 *   non-2xx as errors, body decoded in its own charset.
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { request as undiciRequest } from './undici-parts.js';
import type { Logger } from 'pino';
import type { Validators } from '../model.js';
import type { ClearanceHeaders } from '../model/clearance.js';
import { decodeBody } from './charset.js';
import { createDispatchers, type Dispatchers } from './dispatcher.js';
import { HostLimiter } from './host-limiter.js';
import { onRequestWritten } from './request-writes.js';
import type { RobotsFile, RobotsMemory } from '../model/robots.js';
import { RobotsCache } from './robots.js';
import { FetchError, type FetchOptions, type FetchResult } from './types.js';
import type { RawResponse, RequestOptions } from './types.js';
import { fetchErrorKind } from './error-kind.js';
import { followRequest, type FollowedChain, type FollowOptions } from './follow.js';

export interface HttpClientOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  perHostConcurrency: number;
  perHostDelayMs: number;
  /** Requests in flight at once over all hosts (sockets, memory); default: no cap. */
  maxInFlight?: number;
  retries: number;
  retryBaseDelayMs: number;
  maxRetryAfterMs: number;
  respectRobotsTxt: boolean;
  proxy?: string;
  noProxy?: string[];
  insecure: boolean;
  /** Fixed name → address answers (tests, benchmarks); see createLookup. */
  hosts?: Record<string, string>;
  /** Keeps robots.txt answers between runs. */
  robotsMemory?: RobotsMemory;
  /**
   * Cookies a browser earned on a bot-walled host, sent with its User-Agent until they expire.
   * Hosts it has nothing for keep the configured (honest) User-Agent.
   */
  clearance?: { headersFor(url: string): ClearanceHeaders | undefined };
  /** Aborts every request in flight (shutdown). */
  signal?: AbortSignal;
  log?: Logger;
}

export interface HttpStats {
  requests: number;
  notModified: number;
  bytes: number;
  retries: number;
}

const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/json;q=0.9,*/*;q=0.8';

export type HttpFetchOptions = FetchOptions & { validators?: Validators };

function headerRecord(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function readCapped(stream: Readable, maxBytes: number): Promise<{ body: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    if (size + buffer.length > maxBytes) {
      chunks.push(buffer.subarray(0, maxBytes - size));
      size = maxBytes;
      truncated = true;
      break;
    }
    chunks.push(buffer);
    size += buffer.length;
  }
  stream.destroy();
  return { body: Buffer.concat(chunks, size), truncated };
}

function decompressor(encoding: string | undefined): NodeJS.ReadWriteStream | undefined {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return undefined;
  }
}

export class HttpClient {
  readonly stats: HttpStats = { requests: 0, notModified: 0, bytes: 0, retries: 0 };
  private readonly dispatchers: Dispatchers;
  private readonly limiter: HostLimiter;
  private readonly robots: RobotsCache;
  private readonly stopWatchingWrites: () => void;

  constructor(private readonly options: HttpClientOptions) {
    this.dispatchers = createDispatchers({
      proxy: options.proxy,
      noProxy: options.noProxy,
      insecure: options.insecure,
      timeoutMs: options.timeoutMs,
      ...(options.hosts ? { hosts: options.hosts } : {}),
    });
    this.limiter = new HostLimiter({
      concurrency: options.perHostConcurrency,
      delayMs: options.perHostDelayMs,
      ...(options.maxInFlight !== undefined ? { maxActive: options.maxInFlight } : {}),
    });
    this.stopWatchingWrites = onRequestWritten((host, atMs) => this.limiter.written(host, atMs));
    this.robots = new RobotsCache(options.userAgent, (url) => this.loadRobots(url), options.robotsMemory);
  }

  /** Hold back every request to this URL's host until the given time (Retry-After). */
  deferHost(url: string, untilMs: number): void {
    this.limiter.defer(new URL(url).host, untilMs);
  }

  /** Run other work (a browser page load) under the same per-host politeness as requests. */
  politely<T>(url: string, task: () => Promise<T>): Promise<T> {
    return this.limiter.run(new URL(url).host, task, { uncapped: true });
  }

  /** One request, one hop. Network-level failures throw FetchError; any HTTP status is a value. */
  async request(url: string, options: RequestOptions = {}): Promise<RawResponse> {
    const target = new URL(url);
    return this.limiter.run(target.host, async () => {
      const timeout = AbortSignal.timeout(options.timeoutMs ?? this.options.timeoutMs);
      const signal = this.options.signal ? AbortSignal.any([timeout, this.options.signal]) : timeout;
      const method = options.method ?? 'GET';
      const clearance = this.options.clearance?.headersFor(target.href);
      this.stats.requests += 1;
      try {
        const response = await undiciRequest(target, {
          method,
          dispatcher: this.dispatchers.forHost(target.hostname),
          signal,
          headers: {
            'user-agent': clearance?.userAgent ?? this.options.userAgent,
            accept: DEFAULT_ACCEPT,
            'accept-language': 'nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en;q=0.6',
            'accept-encoding': 'gzip, deflate, br',
            ...(clearance ? { cookie: clearance.cookie } : {}),
            ...options.headers,
          },
        });
        const headers = headerRecord(response.headers);
        const maxBytes = options.bodyLimit?.(response.statusCode, headers) ?? options.maxBytes ?? this.options.maxBytes;
        let body: Buffer = Buffer.alloc(0);
        let truncated = false;
        // A destroyed undici body emits 'error'; nobody else listens, so we do.
        response.body.on('error', () => undefined);
        if (method === 'HEAD' || maxBytes === 0 || response.statusCode === 304) {
          response.body.destroy();
        } else {
          const inflate = decompressor(headers['content-encoding']);
          inflate?.on('error', () => undefined);
          const stream = inflate ? (response.body.pipe(inflate) as unknown as Readable) : response.body;
          ({ body, truncated } = await readCapped(stream, maxBytes));
          this.stats.bytes += Number(headers['content-length'] ?? body.length) || body.length;
        }
        return { url, status: response.statusCode, statusText: '', headers, body, truncated };
      } catch (error) {
        if (timeout.aborted) throw new FetchError(`timed out after ${options.timeoutMs ?? this.options.timeoutMs} ms`, 'timeout', url);
        const { code, detail } = fetchErrorKind(error, this.options.signal?.aborted ?? false);
        throw new FetchError(detail, code, url);
      }
    });
  }

  /**
   * A page as sources need it. Throws FetchError for anything that is not a usable page:
   * non-2xx after redirects and retries, network failures, robots.txt disallow.
   */
  async fetch(url: string, options: HttpFetchOptions = {}): Promise<FetchResult> {
    if (this.options.respectRobotsTxt && !options.ignoreRobots) {
      const verdict = await this.robots.check(url);
      if (!verdict.allowed) throw new FetchError(verdict.reason, 'robots', url);
    }
    const headers: Record<string, string> = {};
    if (options.accept) headers.accept = options.accept;
    if (options.conditional && options.validators) {
      // Send back exactly what the server gave us; never a date from our own clock, which
      // would miss an item published in the same second as the last check.
      if (options.validators.etag) headers['if-none-match'] = options.validators.etag;
      if (options.validators.lastModified) headers['if-modified-since'] = options.validators.lastModified;
    }

    const chain = await this.follow(url, {
      method: options.method ?? 'GET',
      firstHopHeaders: headers,
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    if (chain.error) throw chain.error;
    const response = chain.final;
    const current = response.url;
    if (response.status === 304 && options.conditional) {
      this.stats.notModified += 1;
      return { notModified: true, url, validators: options.validators ?? {} };
    }
    if (response.status === 429) {
      throw new FetchError('HTTP 429 Too Many Requests (past the longest wait allowed)', 'rate-limited', url, 429);
    }
    if (response.status < 200 || response.status > 299) {
      throw new FetchError(`HTTP ${response.status}${chain.hops.length > 1 ? ` at ${current}` : ''}`, 'http', url, response.status);
    }
    const contentType = response.headers['content-type'] ?? '';
    const { text, charset } = decodeBody(response.body, contentType);
    const validators: Validators = {};
    if (response.headers.etag) validators.etag = response.headers.etag;
    if (response.headers['last-modified']) validators.lastModified = response.headers['last-modified'];
    return {
      notModified: false,
      url,
      finalUrl: chain.hops.length > 1 ? current : url,
      status: response.status,
      headers: response.headers,
      body: response.body,
      text,
      charset,
      contentType,
      validators,
      truncated: response.truncated,
      redirects: chain.hops.slice(1).map((hop) => hop.url),
    };
  }

  /**
   * Follow a request through redirects and retries (follow.ts), with this client's retry
   * settings unless the caller brings its own (the link checker's per-link budget).
   */
  follow(url: string, options: Partial<FollowOptions> = {}): Promise<FollowedChain> {
    return followRequest(this, url, {
      retries: this.options.retries,
      retryBaseDelayMs: this.options.retryBaseDelayMs,
      maxWaitMs: this.options.maxRetryAfterMs,
      signal: this.options.signal,
      log: this.options.log,
      ...options,
    });
  }

  private async loadRobots(robotsUrl: string): Promise<RobotsFile> {
    try {
      const page = await this.fetch(robotsUrl, { ignoreRobots: true, accept: 'text/plain' });
      if (page.notModified) return { kind: 'none' };
      return { kind: 'rules', text: page.text };
    } catch (error) {
      // RFC 9309: a 5xx means "assume disallowed". Anything else (4xx, or the host not
      // answering at all) lets the page fetch go ahead and report its own, clearer error.
      if (error instanceof FetchError && error.status !== undefined && error.status >= 500) {
        return { kind: 'unreachable', detail: error.message };
      }
      if (!(error instanceof FetchError) || error.status === undefined) return { kind: 'unanswered' };
      return { kind: 'none' };
    }
  }

  async close(): Promise<void> {
    this.stopWatchingWrites();
    await this.dispatchers.close();
  }
}
