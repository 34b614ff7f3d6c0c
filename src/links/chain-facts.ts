/**
 * What a link's request chain says before any judgement (final response, redirects, the
 * chain as text), and the shapes every classification rule builds its result from.
 */
import { STATUS_CODES } from '../model/status-codes.js';
import { isHomePath } from './soft-404.js';
import type { Hop, LinkObservation, LinkResult, Verdict } from './types.js';

export type Classification = Omit<LinkResult, 'durationMs' | 'cached'>;

export const isRedirectStatus = (status: number): boolean => status >= 300 && status < 400;
export const isSuccess = (status: number | null | undefined): boolean => status != null && status >= 200 && status < 300;

/** "HTTP 404 Not Found". */
export function httpText(status: number): string {
  const reason = status === 999 ? 'Request Denied' : STATUS_CODES[status];
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}

/** What the chain says, before any judgement. */
export interface Facts {
  original: URL;
  /** The response that ended the chain; undefined when the last request got no response. */
  final: Hop | undefined;
  /** The redirect hops before `final` (all hops when the chain ended in an error). */
  redirectHops: Hop[];
  finalUrl: string | null;
  permanent: boolean;
  /** "301 → 302 → 200", "301 → timeout". */
  chainText: string;
}

function redirectTarget(hop: Hop): string | null {
  const location = hop.headers.location;
  if (!location) return null;
  try {
    return new URL(location, hop.url).href;
  } catch {
    return null;
  }
}

export function facts(observation: LinkObservation, original: URL): Facts {
  const chain = observation.chain;
  const last = chain.at(-1);
  // A chain that ends in a redirect and an error: the request after that redirect got no answer.
  const gaveUp = last !== undefined && observation.error !== undefined && isRedirectStatus(last.status);
  const final = last === undefined || gaveUp ? undefined : last;
  const redirectHops = final ? chain.slice(0, -1) : chain;
  const finalUrl = final ? final.url : last ? redirectTarget(last) : null;
  const steps = chain.map((hop) => String(hop.status));
  if (!final && observation.error) steps.push(observation.error.code);
  return {
    original,
    final,
    redirectHops,
    finalUrl,
    permanent: redirectHops.some((hop) => hop.status === 301 || hop.status === 308),
    chainText: steps.join(' → '),
  };
}

/** Transport failures that mean no host answered, as opposed to one that answered badly. */
const NO_ANSWER: ReadonlySet<string> = new Set(['dns', 'refused', 'reset', 'network', 'timeout']);

export function result(observation: LinkObservation, f: Facts | undefined, verdict: Verdict, detail: string): Classification {
  const unreachable = observation.chain.length === 0 && !observation.browser && observation.error !== undefined && NO_ANSWER.has(observation.error.code);
  return {
    ...(unreachable ? { unreachable: true } : {}),
    url: observation.url,
    verdict,
    httpStatus: f?.final?.status ?? null,
    finalUrl: f?.finalUrl ?? null,
    permanent: f?.permanent ?? false,
    detail,
    redirects: (f?.redirectHops ?? []).map((hop) => ({ url: hop.url, status: hop.status })),
  };
}


/** ok or redirected, with the redirect spelled out. */
export function success(f: Facts, make: (verdict: Verdict, detail: string) => Classification, note: string): Classification {
  const final = f.final!;
  if (f.redirectHops.length === 0) return make('ok', `${httpText(final.status)}${note}`);
  const target = final.url;
  const form = sameResource(f.original.href, target) ? ' (same page, new form of the address)' : '';
  const elsewhere = form === '' && isHomePath(pathOf(target)) && !isHomePath(f.original.pathname) ? " (lands on another site's home page: check it)" : '';
  const head = f.permanent
    ? `redirected permanently to ${target} (update the link)${form}${elsewhere}`
    : `redirected temporarily to ${target}${form}${elsewhere}`;
  return make('redirected', `${head}: ${f.chainText}${note}`);
}

/** The same resource in another form: http → https, with or without www, a trailing slash. */
export function sameResource(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const norm = (u: URL): string =>
      `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.port}${u.pathname.replace(/\/+$/, '') || '/'}${u.search}`;
    return norm(x) === norm(y);
  } catch {
    return false;
  }
}

export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

export function hostOf(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
