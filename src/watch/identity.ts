/**
 * Which publication is this? A cascade as in feed readers: the feed's GUID where it can be
 * trusted, the canonical URL, the Liferay article slug, and a hash of title and day. An item
 * is already known when it shares ANY key with a stored item.
 */
import { createHash } from 'node:crypto';
import type { RawItem } from '../model.js';
import { canonicalUrl } from '../sources/canonical-url.js';

/** Quotes and apostrophes vanish ("GRETA's" → "gretas"); other punctuation becomes a space. */
const QUOTES = /['"`«»‹›“”„‟‘’‚‛〝〞＂]/gu;
const PUNCTUATION_OR_SPACE = /[\p{P}\s]+/gu;
/** Soft hyphens, zero-width spaces and other invisible format characters. */
const FORMAT = /\p{Cf}/gu;

/** A title reduced to what matters for matching: NFKC, lower case, no punctuation, single spaces. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(FORMAT, '')
    .replace(QUOTES, '')
    .replace(PUNCTUATION_OR_SPACE, ' ')
    .trim();
}

export interface IdentityInput {
  sourceId: string;
  title: string;
  url: string;
  guid?: string;
  /** The day of publication, YYYY-MM-DD, when known. */
  publishedDay?: string;
}

export interface IdentityOptions {
  /** Use the GUID (default true). False when `guidsTrustworthy` said the feed's GUIDs are broken. */
  trustGuid?: boolean;
}

/**
 * The slug of a Liferay article URL (`…/-/<slug>` or `…/-/asset_publisher/<id>/content/<slug>`),
 * or null. `slug-1` is kept as is: Liferay appends it to a *different* article with the same title.
 */
function liferaySlug(canonical: string): { host: string; slug: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(canonical);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  const dash = segments.indexOf('-');
  if (dash === -1) return null;
  const rest = segments.slice(dash + 1);
  let slug: string | undefined;
  if (rest.length === 1) {
    slug = rest[0];
  } else if (rest.length === 4 && rest[0] === 'asset_publisher' && rest[2] === 'content') {
    slug = rest[3];
  }
  if (slug === undefined || slug === '' || slug === '-' || slug === 'asset_publisher') return null;
  return { host: parsed.host.replace(/^www\./, ''), slug };
}

/** Long enough to tell one publication from another on the same day. */
function titleIsDistinctive(normalised: string): boolean {
  if (normalised === '') return false;
  return normalised.split(' ').length >= 3 || [...normalised].length >= 20;
}

/**
 * Every key under which this item may already be known, strongest first:
 * `guid:<sourceId>:<guid>`, `url:<canonical url>`, `slug:<host>/<slug>`, `title:<sha1>`.
 */
export function identityKeys(item: IdentityInput, options: IdentityOptions = {}): string[] {
  const keys: string[] = [];
  const trustGuid = options.trustGuid ?? true;

  const guid = item.guid?.trim() ?? '';
  if (trustGuid && guid !== '') keys.push(`guid:${item.sourceId}:${guid}`);

  const canonical = canonicalUrl(item.url);
  // An empty URL would make every URL-less item the same publication.
  if (canonical !== '') keys.push(`url:${canonical}`);

  const slug = liferaySlug(canonical);
  if (slug !== null) keys.push(`slug:${slug.host}/${slug.slug}`);

  const day = item.publishedDay?.trim() ?? '';
  const title = normaliseTitle(item.title);
  if (day !== '' && titleIsDistinctive(title)) {
    const hash = createHash('sha1').update(`${title}|${day}`, 'utf8').digest('hex');
    keys.push(`title:${hash}`);
  }
  return keys;
}

/**
 * Whether one fetch's GUIDs can identify its items. False when two items share a GUID (which
 * covers a feed giving every item the same GUID, e.g. its home page URL), or when more than half
 * of the items have none: the caller then identifies by URL instead, as Miniflux does.
 */
export function guidsTrustworthy(items: RawItem[]): boolean {
  if (items.length === 0) return true;
  const seen = new Set<string>();
  let empty = 0;
  for (const item of items) {
    const guid = item.guid?.trim() ?? '';
    if (guid === '') {
      empty += 1;
      continue;
    }
    if (seen.has(guid)) return false;
    seen.add(guid);
  }
  return empty * 2 <= items.length;
}
