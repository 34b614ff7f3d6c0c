/**
 * "Is the network down, or is that site down?" When a run reaches nothing at all — every
 * source and every link failed before any server answered, on more than one host — the
 * machine is offline (or its proxy is down): one outcome, one message, and no source's
 * failure streak nor any link's history counts it. One host down stays that host's problem.
 */
import type { Reachability } from '../model/reachability.js';
import { BlockedError, FetchError } from './types.js';

export interface Attempt {
  host: string;
  /** Some server answered (even with an error page). */
  reached: boolean;
}

/** Pure. */
export function judgeReachability(attempts: readonly Attempt[]): Reachability {
  const reached = attempts.filter((a) => a.reached).length;
  const hosts = new Set(attempts.map((a) => a.host)).size;
  return { offline: attempts.length > 0 && reached === 0 && hosts >= 2, reached, total: attempts.length, hosts };
}

/** Fetch failures where no server answered: the name did not resolve, nobody took the connection. */
const NO_ANSWER_CODES: ReadonlySet<string> = new Set(['dns', 'refused', 'reset', 'network', 'timeout']);

/**
 * Chromium's words for the same. EMPTY_RESPONSE and the proxy/tunnel errors are what it says
 * when the proxy in front of it (ours, or the one crawlee starts inside the process) reached
 * nothing: seen on a machine without network, where every plain source failed with ENOTFOUND.
 */
const BROWSER_NO_ANSWER =
  /net::ERR_(?:NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|INTERNET_DISCONNECTED|PROXY_CONNECTION_FAILED|TUNNEL_CONNECTION_FAILED|PROXY_\w+|SOCKS_\w+|EMPTY_RESPONSE|CONNECTION_REFUSED|CONNECTION_RESET|CONNECTION_CLOSED|CONNECTION_TIMED_OUT|TIMED_OUT|ADDRESS_UNREACHABLE|NETWORK_CHANGED|NETWORK_ACCESS_DENIED)\b/;

/** True when a source failed before any server answered. Pure. */
export function isNoAnswer(error: unknown): boolean {
  if (error instanceof BlockedError) return false;
  if (error instanceof FetchError) return error.status === undefined && NO_ANSWER_CODES.has(error.code);
  const message = error instanceof Error ? error.message : String(error);
  return BROWSER_NO_ANSWER.test(message);
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}
