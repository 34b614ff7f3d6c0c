/**
 * Text helpers of the feed kind that the sitemap and Stortinget kinds share: plain string work,
 * no parser, so a kind that needs none of rss-parser and cheerio does not load them.
 */
export const SUMMARY_MAX = 600;

/** Prefix of every parse failure, so the caller's "failed" outcome reads the same for all kinds. */
export function parseError(reason: string): Error {
  return new Error(`feed could not be parsed: ${reason}`);
}

/** Collapse runs of whitespace (including non-breaking spaces) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]+/gu, ' ').trim();
}

/** Cut at a word boundary and add an ellipsis when longer than `max` characters. */
export function truncate(text: string, max: number = SUMMARY_MAX): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An absolute http(s) URL resolved against `base`, or undefined. */
export function resolveUrl(href: string | undefined, base: string): string | undefined {
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
