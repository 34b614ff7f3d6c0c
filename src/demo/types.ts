/**
 * The replica web: local stand-ins for the watched sites, served through one HTTP(S) proxy on
 * 127.0.0.1 that answers for the real host names. Each site is a module implementing
 * ReplicaSite; the server core (server.ts) adds ETag / Last-Modified, answers conditional
 * requests, terminates TLS for CONNECT, and counts requests.
 */

export interface ReplicaState {
  /** 1 = the first visit; 2 = a later visit where new items appeared, one moved URL, etc. */
  day: number;
  /** The replica's idea of "today" (dates on pages are relative to it). */
  today: Date;
}

export interface ReplicaRequest {
  method: string;
  /** Host name without port, lower-case. */
  host: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  /** 'http' or 'https' as the client asked. */
  scheme: 'http' | 'https';
}

export interface ReplicaResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
  /**
   * When the content last changed; becomes Last-Modified. Leave unset to let the core derive a
   * stable date from the day the content appeared. An ETag is always derived from the body.
   */
  lastModified?: Date;
  /** Skip the ETag/Last-Modified headers entirely (servers that send neither). */
  noValidators?: boolean;
  /** Delay the answer by this many milliseconds (slow hosts). */
  delayMs?: number;
}

export interface ReplicaSite {
  /** A short name for logs and tests, e.g. 'coe'. */
  name: string;
  /** Host names this site answers for, e.g. ['www.coe.int', 'coe.int']. */
  hosts: string[];
  /** Answer a request, or return null for the core's plain 404. */
  handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null;
}
