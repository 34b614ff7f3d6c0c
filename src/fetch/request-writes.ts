/**
 * When each request leaves: undici publishes `undici:client:sendHeaders` at the moment a
 * request's headers are written to its socket (after any TCP, CONNECT and TLS set-up). The
 * host limiter counts a host's spacing from then, so a slow handshake or a busy event loop
 * between a grant and the write cannot shorten the gap the server sees.
 *
 * One subscription for the process, shared by every live client; it is dropped when the last
 * listener goes, so a process with no client pays nothing per request.
 */
import diagnostics from 'node:diagnostics_channel';

export type WriteListener = (host: string, atMs: number) => void;

const CHANNEL = 'undici:client:sendHeaders';
const listeners = new Set<WriteListener>();

/** The limiter's key for a request's origin ("https://host:port" → "host:port"), or undefined. */
export function originHost(origin: unknown): string | undefined {
  if (typeof origin !== 'string') return undefined;
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}

function published(message: unknown): void {
  const host = originHost((message as { request?: { origin?: unknown } } | undefined)?.request?.origin);
  if (host === undefined) return;
  const at = Date.now();
  for (const listener of listeners) listener(host, at);
}

/** Calls `listener` with the host and time of every request written; returns the unsubscribe. */
export function onRequestWritten(listener: WriteListener): () => void {
  if (listeners.size === 0) diagnostics.subscribe(CHANNEL, published);
  listeners.add(listener);
  return () => {
    if (!listeners.delete(listener)) return;
    if (listeners.size === 0) diagnostics.unsubscribe(CHANNEL, published);
  };
}
