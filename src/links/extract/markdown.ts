/**
 * Links in Markdown, by a hand parser that follows CommonMark + GFM where it matters for
 * finding link targets:
 * - inline links `[text](url "title")`, `[text](<url with spaces>)` (spaces become %20, as
 *   renderers write them), parentheses inside URLs when balanced (`…/Foo_(bar)`);
 * - images `![alt](src)`, also inside link text (`[![badge](img)](link)` gives both);
 * - reference links `[text][ref]`, `[text][]`, `[ref]` with definitions `[ref]: url "title"`
 *   anywhere in the file (labels compared case-insensitively, whitespace collapsed; the first
 *   definition of a label wins). A link is reported where it is used; a definition nobody
 *   uses is not a link on the page and is not reported;
 * - autolinks `<https://…>`, `<mailto:…>` and `<address@example.no>` (→ mailto:);
 * - inline raw HTML `<a href="…">` and `<img src="…">`;
 * - bare URLs in the text (GFM's autolink extension) through the plain-text finder; unlike
 *   plain text, a bare URL cut by a line break is not joined (a renderer would not either).
 * Nothing inside fenced code blocks, inline code spans or HTML comments counts. Indented
 * (4-space) code blocks are not recognised: telling them from list continuations needs the
 * full block parser, and newsletters use fences.
 *
 * Relative targets are resolved against `baseUrl`, else skipped; `#fragment`, `javascript:`
 * and `data:` targets are skipped (same rules as HTML, see `resolveLinkTarget`).
 *
 * The parts: markdown-code.ts (what never counts), markdown-definitions.ts (reference
 * definitions), markdown-inline.ts (the inline scanner), markdown-syntax.ts (shared pieces).
 */
import type { FoundLink } from '../types.js';
import { maskCode } from './markdown-code.js';
import { takeDefinitions } from './markdown-definitions.js';
import { InlineScanner, type Hit } from './markdown-inline.js';
import { blank } from './markdown-syntax.js';
import { decodeText } from './text.js';
import { findUrlsInText, lineIndex, resolveLinkTarget } from './urls-in-text.js';

export function extractMarkdownLinksFromString(file: string, source: string, options: { baseUrl?: string } = {}): FoundLink[] {
  const lineOf = lineIndex(source);
  const { text, definitions } = takeDefinitions(maskCode(source));
  const hits: Hit[] = [];
  new InlineScanner(text, source, definitions).scan(0, text.length, hits);

  // Bare URLs in what is left.
  const rest = text.split('');
  for (const hit of hits) blank(rest, hit.start, hit.end);
  for (const { url, index } of findUrlsInText(rest.join(''), { joinLines: false })) {
    hits.push({ start: index, end: index + url.length, target: url, isLink: true });
  }

  hits.sort((a, b) => a.start - b.start);
  const links: FoundLink[] = [];
  for (const hit of hits) {
    const url = resolveLinkTarget(hit.target, options.baseUrl);
    if (url === undefined) continue;
    links.push({ url, location: { file, line: lineOf(hit.start) }, ...(hit.text ? { text: hit.text } : {}) });
  }
  return links;
}

export function extractMarkdownLinks(file: string, bytes: Uint8Array, options: { baseUrl?: string } = {}): FoundLink[] {
  return extractMarkdownLinksFromString(file, decodeText(bytes), options);
}
