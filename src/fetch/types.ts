import type { Validators } from '../model.js';

export interface FetchOptions {
  /** Send the stored ETag / Last-Modified for this URL and accept a 304. */
  conditional?: boolean;
  /** Accept header; defaults to a browser-like list that prefers HTML/XML. */
  accept?: string;
  method?: 'GET' | 'HEAD';
  /** Override the configured timeout for this request, in milliseconds. */
  timeoutMs?: number;
  /** Skip the robots.txt check (for robots.txt itself, and for link checking). */
  ignoreRobots?: boolean;
}

export interface FetchedPage {
  notModified: false;
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The body decoded in the page's own charset (header, BOM, meta or XML prolog). */
  text: string;
  charset: string;
  contentType: string;
  validators: Validators;
  /** True when the body was cut off at the size cap. */
  truncated: boolean;
  redirects: string[];
}

export interface NotModified {
  notModified: true;
  url: string;
  validators: Validators;
}

export type FetchResult = FetchedPage | NotModified;

/** One request, one hop: what `HttpClient.request()` takes. */
export interface RequestOptions {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  timeoutMs?: number;
  /** Read at most this many bytes of the (decompressed) body; 0 reads none. */
  maxBytes?: number;
  /** Decide from the response headers how much body to read (overrides maxBytes; undefined keeps it). */
  bodyLimit?: (status: number, headers: Record<string, string>) => number | undefined;
}

export interface RawResponse {
  url: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: Buffer;
  truncated: boolean;
}

/** Why a request gave no usable answer. The transport ones come from `fetchErrorKind` (error-kind.ts). */
export const FETCH_ERROR_CODES = [
  'http',
  'timeout',
  /** Something else between us and the server failed (unreachable network, proxy tunnel refused). */
  'network',
  'dns',
  /** Nobody took the connection: nothing listens on that port. */
  'refused',
  /** The server (or something on the way) dropped a connection it had taken. */
  'reset',
  /** Certificate or handshake: a server answered, but not in a way we could trust or read. */
  'tls',
  'redirect-loop',
  'too-many-redirects',
  'robots',
  'rate-limited',
  'aborted',
] as const;
export type FetchErrorCode = (typeof FETCH_ERROR_CODES)[number];

/** A fetch that did not yield a usable page. Carries what a report needs to explain it. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly code: FetchErrorCode,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/**
 * A bot wall that did not let us through (a challenge page that never passed, 403 with
 * `cf-mitigated`). Not the site being down: reports say "blocked", never "dead".
 */
export class BlockedError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'BlockedError';
  }
}
