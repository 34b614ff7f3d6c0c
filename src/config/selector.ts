/**
 * Selector syntax check for config validation. css-what is the parser cheerio's own selector
 * engine uses, so what it rejects cheerio would reject too — without loading cheerio (and its
 * HTML parsers) for commands that only read the config, like `status`.
 */
import { createRequire } from 'node:module';
import type * as CssWhat from 'css-what';

// Required, not imported: css-what is CommonJS, and a config check should not pay for Node's
// ESM wrapper and export scan of it.
const { parse } = createRequire(import.meta.url)('css-what') as typeof CssWhat;

/** Throws when a selector is not valid CSS. */
export function assertSelector(selector: string): void {
  parse(selector);
}
