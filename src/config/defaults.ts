/**
 * Defaults that code outside the config also falls back on. They live here, without zod, so
 * that such code does not load the schema (zod and its build cost ~100 ms) just to read one.
 */

/** links.maxLinksPerDocument: links taken from one archive document at most. */
export const MAX_LINKS_PER_DOCUMENT = 20_000;
