/**
 * Selector syntax check for config validation. css-what is the parser cheerio's own selector
 * engine uses, so what it rejects cheerio would reject too — without loading cheerio (and its
 * HTML parsers) for commands that only read the config, like `status`.
 */
import { parse } from 'css-what';

/** Throws when a selector is not valid CSS. */
export function assertSelector(selector: string): void {
  parse(selector);
}
