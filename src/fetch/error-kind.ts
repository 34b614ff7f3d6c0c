/**
 * What kind of failure a low-level request error is, read from the error's `code` (Node's
 * errno names, OpenSSL's certificate names, undici's UND_ERR_*) — never from its message, whose
 * wording changes between Node and undici versions and locales. The message only becomes the
 * detail a reader sees.
 */
import type { FetchErrorCode } from './types.js';

type TransportCode = Extract<FetchErrorCode, 'timeout' | 'network' | 'dns' | 'refused' | 'reset' | 'tls' | 'aborted'>;

/** Exact codes. An abort is ours only when our own signal fired: see fetchErrorKind. */
const BY_CODE: Readonly<Record<string, TransportCode>> = {
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  // undici's "other side closed": the server hung up mid-request.
  UND_ERR_SOCKET: 'reset',
  ENOTFOUND: 'dns',
  // The resolver not answering, not the name not existing: a network problem.
  EAI_AGAIN: 'network',
  ETIMEDOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  UND_ERR_ABORTED: 'aborted',
  ABORT_ERR: 'aborted',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'tls',
  SELF_SIGNED_CERT_IN_CHAIN: 'tls',
  HOSTNAME_MISMATCH: 'tls',
  // A TLS handshake that went wrong at the protocol level (e.g. an alert from the server).
  EPROTO: 'tls',
  UND_ERR_PRX_TLS: 'tls',
};

/** Code families: OpenSSL's certificate verdicts and Node's TLS/SSL errors. */
const TLS_PREFIXES = ['CERT_', 'UNABLE_TO_', 'ERR_TLS_', 'ERR_SSL_', 'ERR_OSSL_'] as const;

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The first `code` on the error, its cause chain, or (happy-eyeballs AggregateError) its parts. */
function firstCode(error: unknown, depth = 0): string | undefined {
  if (depth > 5 || typeof error !== 'object' || error === null) return undefined;
  const err = error as ErrorLike;
  if (typeof err.code === 'string' && err.code !== '') return err.code;
  if (Array.isArray(err.errors)) {
    for (const part of err.errors) {
      const code = firstCode(part, depth + 1);
      if (code) return code;
    }
  }
  return firstCode(err.cause, depth + 1);
}

/** The kind a code names, or undefined for codes we have no name for. Pure. */
export function kindOfCode(code: string): TransportCode | undefined {
  return BY_CODE[code] ?? (TLS_PREFIXES.some((prefix) => code.startsWith(prefix)) ? 'tls' : undefined);
}

/**
 * Map a low-level error to the kind of failure a report can explain. `ownAbort`: our own signal
 * (shutdown) fired — only then is an abort "aborted"; undici also aborts a request whose proxy
 * refused the CONNECT tunnel, which is the network failing. Pure.
 */
export function fetchErrorKind(error: unknown, ownAbort = false): { code: TransportCode; detail: string } {
  const err = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = firstCode(error) ?? '';
  const name = typeof err.name === 'string' ? err.name : '';
  const message = typeof err.message === 'string' ? err.message : String(error);
  const said = code ? `${code}: ${message}` : message;
  if (name === 'TimeoutError') return { code: 'timeout', detail: `timed out (${code || name})` };
  const kind = kindOfCode(code) ?? (name === 'AbortError' ? 'aborted' : undefined);
  switch (kind) {
    case 'aborted':
      return ownAbort ? { code: 'aborted', detail: 'aborted' } : { code: 'network', detail: said };
    case 'timeout':
      return { code: 'timeout', detail: `timed out (${code})` };
    case 'dns':
      return { code: 'dns', detail: `host name not found (${code})` };
    case 'tls':
      return { code: 'tls', detail: `TLS failure: ${said}` };
    case undefined:
      return { code: 'network', detail: said };
    case 'network':
      return { code: 'network', detail: code === 'EAI_AGAIN' ? 'temporary DNS failure (EAI_AGAIN)' : said };
    default:
      return { code: kind, detail: said };
  }
}
