/**
 * The bounds on what one document may make a source do (`limits` in sources.json), and the
 * words a warning uses when one bites: each names its setting, so the reader knows what to
 * raise if the page is real.
 */
import type { Limits } from '../config/schema.js';
import { LIMIT_DEFAULTS } from '../config/defaults.js';

/** The config's defaults, without loading the schema (zod and its build cost ~120 ms of every watch's start-up). */
export const DEFAULT_LIMITS: Limits = LIMIT_DEFAULTS;

function size(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb < 1) return `${Math.round(bytes / 1024)} KB`;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** Said of a document the HTTP layer cut off; `bytes` is what was kept, i.e. the cap. Pure. */
export function sizeCapNote(bytes: number): string {
  return `cut off at the size cap of ${size(bytes)} (http.maxBytes)`;
}

/** A parse failure of a truncated document is first of all the cut. Pure. */
export function withSizeCap(error: unknown, truncated: boolean, bytes: number): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (!truncated) return error instanceof Error ? error : new Error(message);
  return new Error(`${message} — the document was ${sizeCapNote(bytes)}`, { cause: error });
}

export function nestingWarning(url: string, depth: number, maxDepth: number): string {
  return `${url}: tags nested ${depth} levels deep; those past ${maxDepth} were dropped before parsing (limits.maxNestingDepth)`;
}

export function elementsCapWarning(url: string, maxElements: number): string {
  return `${url}: more than ${maxElements} tags on the page; read up to the ${maxElements}th (limits.maxElementsPerPage)`;
}

/** The page bounds of `limits`, as the HTML pre-scan takes them. */
export function htmlBounds(limits: Limits): { maxDepth: number; maxElements: number } {
  return { maxDepth: limits.maxNestingDepth, maxElements: limits.maxElementsPerPage };
}

export function itemsCapWarning(url: string, maxItems: number): string {
  return `${url}: more than ${maxItems} items on the page; read the first ${maxItems} (limits.maxItemsPerPage)`;
}

export function urlsCapWarning(url: string, count: number, maxUrls: number): string {
  return `${url}: lists ${count} URLs; kept the newest ${maxUrls} (limits.maxUrlsPerSitemap)`;
}
