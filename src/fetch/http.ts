/**
 * The one place HTTP happens. Every request — source pages, feeds, APIs, robots.txt, later
 * link checks — goes through HttpClient so that proxy, TLS, timeouts, size caps, politeness,
 * retries and charset are handled once and the same way.
 *
 * Two levels:
 * - `request()` — one hop, no redirects, no retries: what the link checker builds on.
 * - `fetch()` — a page as a source needs it: redirects followed, retries with backoff and
 *   Retry-After, robots.txt, conditional requests, body decoded in its own charset.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { request as undiciRequest } from 'undici';
import type { Logger } from 'pino';
import type { Validators } from '../model.js';
import type { ClearanceHeaders } from '../model/clearance.js';
import { decodeBody } from './charset.js';
import { createDispatchers, type Dispatchers } from './dispatcher.js';
import { HostLimiter } from './host-limiter.js';
import type { RobotsFile, RobotsMemory } from '../model/robots.js';
import { RobotsCache } from './robots.js';
import { FetchError, type FetchErrorCode, type FetchOptions, type FetchResult } from './types.js';

export interface HttpClientOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  perHostConcurrency: number;
  perHostDelayMs: number;
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

export interface RequestOptions {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Read at most this many bytes of the (decompressed) body; 0 reads none. */
  maxBytes?: number;
  /** Decide from the response headers how much body to read (overrides maxBytes). */
  bodyLimit?: (status: number, headers: Record<string, string>) => number;
}

export interface RawResponse {
  url: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Buffer;
  truncated: boolean;
}

export interface HttpStats {
  requests: number;
  notModified: number;
  bytes: number;
  retries: number;
}

const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/json;q=0.9,*/*;q=0.8';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const MAX_REDIRECTS = 10;

export type HttpFetchOptions = FetchOptions & { validators?: Validators };

/** Map a low-level error to the kind of failure a report can explain. */
export function classifyError(error: unknown): { code: FetchErrorCode; detail: string } {
  const err = error as { code?: string; name?: string; message?: string; cause?: unknown };
  const code = err?.code ?? (err?.cause as { code?: string } | undefined)?.code ?? '';
  const message = err?.message ?? String(error);
  const proxy = /Proxy response \((\d+)\)/.exec(message);
  if (proxy) return { code: 'network', detail: `proxy answered ${proxy[1]} to CONNECT` };
  if (err?.name === 'TimeoutError' || /TIMEOUT/.test(code)) return { code: 'timeout', detail: `timed out (${code || err.name})` };
  if (err?.name === 'AbortError' || code === 'UND_ERR_ABORTED') return { code: 'aborted', detail: 'aborted' };
  if (code === 'ENOTFOUND') return { code: 'dns', detail: `host name not found (${code})` };
  // EAI_AGAIN is the resolver not answering, not the name not existing: a network problem.
  if (code === 'EAI_AGAIN') return { code: 'network', detail: 'temporary DNS failure (EAI_AGAIN)' };
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code) || /certificate|tls|ssl/i.test(message))
    return { code: 'tls', detail: `TLS failure: ${code || message}` };
  return { code: 'network', detail: code ? `${code}: ${message}` : message };
}

function headerRecord(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined) out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Retry-After as milliseconds to wait (seconds or an HTTP date); undefined when absent/unreadable. */
export function retryAfterMs(value: string | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
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

  constructor(private readonly options: HttpClientOptions) {
    this.dispatchers = createDispatchers({
      proxy: options.proxy,
      noProxy: options.noProxy,
      insecure: options.insecure,
      timeoutMs: options.timeoutMs,
      ...(options.hosts ? { hosts: options.hosts } : {}),
    });
    this.limiter = new HostLimiter({ concurrency: options.perHostConcurrency, delayMs: options.perHostDelayMs });
    this.robots = new RobotsCache(options.userAgent, (url) => this.loadRobots(url), options.robotsMemory);
  }

  /** Hold back every request to this URL's host until the given time (Retry-After). */
  deferHost(url: string, untilMs: number): void {
    this.limiter.defer(new URL(url).host, untilMs);
  }

  /** Run other work (a browser page load) under the same per-host politeness as requests. */
  politely<T>(url: string, task: () => Promise<T>): Promise<T> {
    return this.limiter.run(new URL(url).host, task);
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
        const { code, detail } = classifyError(error);
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

    const redirects: string[] = [];
    let current = url;
    for (let hop = 0; ; hop += 1) {
      const response = await this.requestWithRetries(current, {
        method: options.method ?? 'GET',
        headers: hop === 0 ? headers : { ...headers, 'if-none-match': '', 'if-modified-since': '' },
        timeoutMs: options.timeoutMs,
      });
      if (REDIRECT_STATUSES.has(response.status) && response.headers.location) {
        if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects`, 'too-many-redirects', url);
        const next = new URL(response.headers.location, current).href;
        if (next === current || redirects.includes(next)) throw new FetchError(`redirect loop at ${next}`, 'too-many-redirects', url);
        redirects.push(next);
        current = next;
        continue;
      }
      if (response.status === 304 && options.conditional) {
        this.stats.notModified += 1;
        return { notModified: true, url, validators: options.validators ?? {} };
      }
      if (response.status === 429) {
        throw new FetchError('HTTP 429 Too Many Requests (past the longest wait allowed)', 'rate-limited', url, 429);
      }
      if (response.status < 200 || response.status > 299) {
        throw new FetchError(`HTTP ${response.status}${current !== url ? ` at ${current}` : ''}`, 'http', url, response.status);
      }
      const contentType = response.headers['content-type'] ?? '';
      const { text, charset } = decodeBody(response.body, contentType);
      const validators: Validators = {};
      if (response.headers.etag) validators.etag = response.headers.etag;
      if (response.headers['last-modified']) validators.lastModified = response.headers['last-modified'];
      return {
        notModified: false,
        url,
        finalUrl: current,
        status: response.status,
        headers: response.headers,
        body: response.body,
        text,
        charset,
        contentType,
        validators,
        truncated: response.truncated,
        redirects,
      };
    }
  }

  /** `request()` with retries for timeouts, resets and 429/5xx, honouring Retry-After. */
  private async requestWithRetries(url: string, options: RequestOptions): Promise<RawResponse> {
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt += 1) {
      let waitMs: number | undefined;
      try {
        const response = await this.request(url, options);
        if (!RETRY_STATUSES.has(response.status) || attempt >= this.options.retries) return response;
        const retryAfter = retryAfterMs(response.headers['retry-after']);
        if (retryAfter !== undefined && retryAfter > this.options.maxRetryAfterMs) return response;
        waitMs = retryAfter;
      } catch (error) {
        const retryable = error instanceof FetchError && (error.code === 'timeout' || error.code === 'network');
        if (!retryable || attempt >= this.options.retries) throw error;
      }
      const backoff = this.options.retryBaseDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
      const delay = Math.max(waitMs ?? 0, backoff);
      this.stats.retries += 1;
      this.options.log?.debug({ url, attempt: attempt + 1, delayMs: Math.round(delay) }, 'retrying');
      this.limiter.defer(host, Date.now() + delay);
      await sleep(delay, undefined, { signal: this.options.signal });
    }
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
    await this.dispatchers.close();
  }
}
