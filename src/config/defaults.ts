/**
 * Defaults that code outside the config also falls back on. They live here, without zod, so
 * that such code does not load the schema (zod and its build cost ~100 ms) just to read one.
 */

/** links.maxLinksPerDocument: links taken from one archive document at most. */
export const MAX_LINKS_PER_DOCUMENT = 20_000;

/**
 * `limits`: the bounds on the work one document may cause. Every watch reads them (a source's
 * fallback when the caller gives none); the schema takes its defaults from here, and
 * sources/limits.ts's `DEFAULT_LIMITS: Limits` makes a new limit without a default here a
 * compile error.
 */
export const LIMIT_DEFAULTS = {
  maxNestingDepth: 256,
  maxElementsPerPage: 50_000,
  maxItemsPerPage: 2000,
  maxUrlsPerSitemap: 50_000,
} as const;
