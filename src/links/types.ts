/**
 * Link monitoring's plain data: where a link stands, what checking it observed, and the
 * verdict `classify()` draws from that. A broken link is a value, never an exception.
 */

import type { LinkLocation } from '../model/links.js';

// The store's part of this data lives with the model; link checking re-exports it as its own.
export { VERDICTS, type LinkLocation, type LinkResult, type Verdict } from '../model/links.js';


/** One link as found in a document, before de-duplication. */
export interface FoundLink {
  url: string;
  location: LinkLocation;
  /** The link's visible text, when the format has one (anchor text, Markdown label). */
  text?: string;
}

/** One hop of a request chain as observed. */
export interface Hop {
  url: string;
  status: number;
  /** Lower-cased response headers that matter for classification. */
  headers: Record<string, string>;
}

/** Everything checking one URL observed: the input of the pure classify(). */
export interface LinkObservation {
  url: string;
  /** Matched a configured exclude pattern: nothing was requested. */
  excluded?: boolean;
  /** Every response in order, redirects included; empty when no response came at all. */
  chain: Hop[];
  /** Set when the last attempt got no response (or gave up): what went wrong. */
  error?: { code: 'timeout' | 'dns' | 'refused' | 'reset' | 'tls' | 'network' | 'redirect-loop' | 'too-many-redirects' | 'rate-limit-wait'; detail: string };
  /** The final page's text, when read (HTML only, at most maxBodyBytes), decoded in its charset. */
  body?: string;
  contentType?: string;
  /** True when the body was cut off at maxBodyBytes (a missing anchor may lie beyond). */
  bodyTruncated?: boolean;
  /** Result of a browser re-check, when one was made. */
  browser?: { status: number | null; title: string; body: string; finalUrl?: string };
}
