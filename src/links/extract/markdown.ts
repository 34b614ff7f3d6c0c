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
 */
import type { FoundLink } from '../types.js';
import { decodeText } from './text.js';
import { findUrlsInText, lineIndex, resolveLinkTarget } from './urls-in-text.js';

interface Definition {
  url: string;
}

interface Hit {
  start: number;
  end: number;
  /** The target as written (destination after unescaping), resolved later. */
  target: string;
  text?: string;
  /** Link-like (as opposed to an image): a link's text may not hold another one. */
  isLink: boolean;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/u;

/** Replace every character in [from, to) but line breaks with a space, so offsets and lines stay. */
function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i += 1) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

function isBlankLineAt(s: string, index: number): boolean {
  const end = s.indexOf('\n', index);
  return s.slice(index, end === -1 ? s.length : end).trim() === '';
}

interface LineSpan {
  start: number;
  end: number;
  text: string;
}

function lineSpans(s: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  for (;;) {
    const nl = s.indexOf('\n', start);
    const end = nl === -1 ? s.length : nl;
    spans.push({ start, end, text: s.slice(start, end) });
    if (nl === -1) return spans;
    start = nl + 1;
  }
}

const FENCE_OPEN = /^((?:[ \t]*>)*[ \t]*)(`{3,}|~{3,})(.*)$/u;
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*\r?$/u;

/** Blank fenced code blocks, HTML comments and inline code spans. */
function maskCode(source: string): string {
  const chars = source.split('');
  const lines = lineSpans(source);
  for (let i = 0; i < lines.length; i += 1) {
    const open = FENCE_OPEN.exec(lines[i]!.text);
    if (!open) continue;
    const fence = open[2]!;
    if (fence[0] === '`' && open[3]!.includes('`')) continue; // ```code``` on one line: a code span
    let close = lines.length - 1; // unclosed: runs to the end
    for (let j = i + 1; j < lines.length; j += 1) {
      const m = FENCE_CLOSE.exec(lines[j]!.text);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) {
        close = j;
        break;
      }
    }
    blank(chars, lines[i]!.start, lines[close]!.end);
    i = close;
  }

  let s = chars.join('');
  // Code spans: a run of n backticks up to the next run of exactly n, within one paragraph.
  for (let i = 0; i < s.length; ) {
    const ch = s[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch !== '`') {
      i += 1;
      continue;
    }
    let j = i;
    while (s[j] === '`') j += 1;
    const length = j - i;
    let k = j;
    let found = -1;
    while (k < s.length) {
      if (s[k] === '`') {
        let m = k;
        while (s[m] === '`') m += 1;
        if (m - k === length) {
          found = k;
          break;
        }
        k = m;
        continue;
      }
      if (s[k] === '\n' && isBlankLineAt(s, k + 1)) break;
      k += 1;
    }
    if (found === -1) {
      i = j;
      continue;
    }
    blank(chars, i, found + length);
    i = found + length;
  }
  s = chars.join('');

  for (const comment of s.matchAll(/<!--[\s\S]*?-->/gu)) blank(chars, comment.index, comment.index + comment[0].length);
  return chars.join('');
}

/** Backslash escapes undone and the common character references decoded, as in a destination. */
function unescapeMarkdown(value: string): string {
  return value
    .replace(/\\([!-/:-@[-`{-~])/gu, '$1')
    .replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gu, (whole, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined || hex !== undefined) {
        const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[name!] ?? whole;
    });
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/gu, ' ').toLowerCase().toUpperCase();
}

const DEFINITION =
  /^ {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(<(?:[^<>\n\\]|\\.)*>|[^\s<]\S*)(?:[ \t]+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*\r?$/u;
const TITLE_LINE = /^[ \t]*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))[ \t]*\r?$/u;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/u;

/**
 * Link reference definitions, blanked out of the text. A definition cannot interrupt a
 * paragraph: it must follow a blank line, a heading, another definition or the file start.
 */
function takeDefinitions(masked: string): { text: string; definitions: Map<string, Definition> } {
  const chars = masked.split('');
  const definitions = new Map<string, Definition>();
  const lines = lineSpans(masked);
  let canStart = true;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const m = canStart ? DEFINITION.exec(line.text) : null;
    // `[^1]: …` is a GFM footnote, not a definition: its text stays text.
    if (m && m[1]!.trim() !== '' && !m[1]!.startsWith('^')) {
      const key = normalizeLabel(m[1]!);
      let target = m[2]!;
      if (target.startsWith('<')) target = target.slice(1, -1).replace(/\s/gu, '%20');
      if (!definitions.has(key)) definitions.set(key, { url: unescapeMarkdown(target) });
      blank(chars, line.start, line.end);
      const next = lines[i + 1];
      if (m[3] === undefined && next && TITLE_LINE.test(next.text)) {
        blank(chars, next.start, next.end);
        i += 1;
      }
      canStart = true;
      continue;
    }
    canStart = line.text.trim() === '' || ATX_HEADING.test(line.text);
  }
  return { text: chars.join(''), definitions };
}

/** Visible text of a link label: images by their alt, markup and escapes out, whitespace collapsed. */
function labelText(raw: string): string {
  return raw
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/<[^<>]+>/gu, '')
    .replace(/`+/gu, '')
    .replace(/\*+/gu, '')
    .replace(/(^|[\s(])_+|_+(?=[\s).,;:!?]|$)/gu, '$1')
    .replace(/\\([!-/:-@[-`{-~])/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

const URI_AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*)>/u;
const EMAIL_AUTOLINK =
  /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/u;
const HTML_TAG = /^<(a|img)(\s[^<>]*)?>/iu;

class InlineScanner {
  constructor(
    /** The text with code, comments and definitions blanked: what the structure is read from. */
    private readonly s: string,
    /** The original text, same offsets: what link text is read from. */
    private readonly source: string,
    private readonly definitions: Map<string, Definition>,
  ) {}

  /** Scan [from, to) for links and images into `out`; whether any link (not image) was found. */
  scan(from: number, to: number, out: Hit[]): boolean {
    const s = this.s;
    let foundLink = false;
    let i = from;
    while (i < to) {
      const ch = s[i];
      if (ch === '\\' && ASCII_PUNCTUATION.test(s[i + 1] ?? '')) {
        i += 2;
        continue;
      }
      if (ch === '<') {
        const hit = this.angle(i, to);
        if (hit) {
          out.push(hit);
          foundLink = true;
          i = hit.end;
          continue;
        }
      } else if (ch === '!' && s[i + 1] === '[') {
        const match = this.linkOrImage(i + 1, to);
        if (match) {
          out.push({ start: i, end: match.end, target: match.target, isLink: false, text: labelText(this.source.slice(i + 2, match.labelEnd)) });
          i = match.end;
          continue;
        }
        i += 2;
        continue;
      } else if (ch === '[') {
        const match = this.linkOrImage(i, to);
        if (match) {
          const inner: Hit[] = [];
          // A link's text may hold images but not another link: then the inner one wins.
          if (!this.scan(i + 1, match.labelEnd, inner)) {
            out.push({ start: i, end: match.end, target: match.target, isLink: true, text: labelText(this.source.slice(i + 1, match.labelEnd)) });
            out.push(...inner);
            foundLink = true;
            i = match.end;
            continue;
          }
        }
      }
      i += 1;
    }
    return foundLink;
  }

  /** Autolink or inline <a href> / <img src> at `i`. */
  private angle(i: number, to: number): Hit | undefined {
    const rest = this.s.slice(i, Math.min(to, i + 4096));
    const uri = URI_AUTOLINK.exec(rest);
    if (uri) return { start: i, end: i + uri[0].length, target: uri[1]!, isLink: true };
    const email = EMAIL_AUTOLINK.exec(rest);
    if (email) return { start: i, end: i + email[0].length, target: `mailto:${email[1]!}`, isLink: true };
    const tag = HTML_TAG.exec(rest);
    if (!tag) return undefined;
    const isAnchor = tag[1]!.toLowerCase() === 'a';
    const attribute = new RegExp(`(?:^|\\s)${isAnchor ? 'href' : 'src'}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'iu').exec(tag[2] ?? '');
    if (!attribute) return undefined;
    const target = unescapeMarkdown(attribute[1] ?? attribute[2] ?? attribute[3] ?? '');
    let end = i + tag[0].length;
    let text: string | undefined;
    if (isAnchor) {
      const close = /<\/a\s*>/iu.exec(this.s.slice(end, to));
      if (close) {
        text = labelText(this.source.slice(end, end + close.index));
        end += close.index + close[0].length;
      }
    } else {
      text = labelText(/(?:^|\s)alt\s*=\s*(?:"([^"]*)"|'([^']*)')/iu.exec(tag[2] ?? '')?.slice(1).find((v) => v !== undefined) ?? '');
    }
    return { start: i, end, target, isLink: isAnchor, ...(text ? { text } : {}) };
  }

  /** `[label]` at `open` followed by a destination or a reference: where it ends and its target. */
  private linkOrImage(open: number, to: number): { labelEnd: number; end: number; target: string } | undefined {
    const s = this.s;
    const labelEnd = this.labelEnd(open, to);
    if (labelEnd === -1) return undefined;
    const after = labelEnd + 1;
    if (s[after] === '(') {
      const inline = this.inlineDestination(after, to);
      if (inline) return { labelEnd, end: inline.end, target: inline.target };
    }
    const label = s.slice(open + 1, labelEnd);
    if (s[after] === '[') {
      const refEnd = this.referenceEnd(after, to);
      if (refEnd !== -1) {
        const ref = s.slice(after + 1, refEnd);
        const definition = this.definitions.get(normalizeLabel(ref.trim() === '' ? label : ref));
        // Followed by a label, it is not a shortcut reference even when that label is unknown.
        return definition ? { labelEnd, end: refEnd + 1, target: definition.url } : undefined;
      }
    }
    if (/(?<!\\)[[\]]/u.test(label) || label.trim() === '') return undefined;
    const definition = this.definitions.get(normalizeLabel(label));
    return definition ? { labelEnd, end: after, target: definition.url } : undefined;
  }

  /** The `]` matching the `[` at `open` (nesting, escapes), not past a blank line; -1 if none. */
  private labelEnd(open: number, to: number): number {
    const s = this.s;
    let depth = 0;
    for (let i = open; i < to; i += 1) {
      const ch = s[i];
      if (ch === '\\') {
        i += 1;
      } else if (ch === '[') {
        depth += 1;
      } else if (ch === ']') {
        depth -= 1;
        if (depth === 0) return i;
      } else if (ch === '\n' && isBlankLineAt(s, i + 1)) {
        return -1;
      }
    }
    return -1;
  }

  /** A reference label `[ref]` at `open`: no brackets inside, at most 999 characters. */
  private referenceEnd(open: number, to: number): number {
    const s = this.s;
    for (let i = open + 1; i < to && i - open <= 1000; i += 1) {
      const ch = s[i];
      if (ch === '\\') i += 1;
      else if (ch === '[') return -1;
      else if (ch === ']') return i;
    }
    return -1;
  }

  private skipSpace(i: number, to: number): number {
    const s = this.s;
    let newlines = 0;
    while (i < to && /[ \t\r\n]/u.test(s[i]!)) {
      if (s[i] === '\n' && (newlines += 1) > 1) break;
      i += 1;
    }
    return i;
  }

  /** `(dest "title")` at `paren`. */
  private inlineDestination(paren: number, to: number): { end: number; target: string } | undefined {
    const s = this.s;
    let i = this.skipSpace(paren + 1, to);
    let target: string;
    if (s[i] === ')') return { end: i + 1, target: '' };
    if (s[i] === '<') {
      let j = i + 1;
      while (j < to && s[j] !== '>' && s[j] !== '<' && s[j] !== '\n') j += s[j] === '\\' ? 2 : 1;
      if (s[j] !== '>') return undefined;
      target = unescapeMarkdown(this.source.slice(i + 1, j)).replace(/\s/gu, '%20');
      i = j + 1;
    } else {
      let depth = 0;
      let j = i;
      while (j < to) {
        const ch = s[j]!;
        if (ch === '\\' && ASCII_PUNCTUATION.test(s[j + 1] ?? '')) {
          j += 2;
          continue;
        }
        if (/[\s\u0000-\u001f]/u.test(ch)) break;
        if (ch === '(') {
          depth += 1;
          if (depth > 32) return undefined;
        } else if (ch === ')') {
          if (depth === 0) break;
          depth -= 1;
        }
        j += 1;
      }
      if (depth !== 0 || j === i) return undefined;
      target = unescapeMarkdown(this.source.slice(i, j));
      i = j;
    }
    const beforeTitle = i;
    i = this.skipSpace(i, to);
    const quote = s[i];
    if (i > beforeTitle && (quote === '"' || quote === "'" || quote === '(')) {
      const closer = quote === '(' ? ')' : quote;
      let j = i + 1;
      while (j < to && s[j] !== closer) {
        if (s[j] === '\\') j += 1;
        else if (s[j] === '\n' && isBlankLineAt(s, j + 1)) return undefined;
        j += 1;
      }
      if (s[j] !== closer) return undefined;
      i = this.skipSpace(j + 1, to);
    }
    if (s[i] !== ')') return undefined;
    return { end: i + 1, target };
  }
}

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
