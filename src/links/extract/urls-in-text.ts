/**
 * Finding URLs written out in plain text: the shared finder behind plain-text files, the
 * text layer of PDFs and bare URLs in Markdown.
 *
 * What counts as a URL:
 * - `http://…` and `https://…` (any case) with at least a host;
 * - `mailto:…` (a bare address such as `post@example.no` is not a link: only `mailto:` is);
 * - `www.example.no/…` without a scheme, only when it is clearly a host name (`www.`, a
 *   label, a dot and a top-level domain of letters) and not part of a longer word, an
 *   address or a path; it is reported as `https://www.…` (GFM does the same in Markdown,
 *   but with http:; every site we link to serves https).
 *
 * A URL runs until whitespace or a character that cannot stand in one (`< > " “ ” « »` and
 * the backtick); then punctuation that ends the sentence rather than the URL is cut:
 * `. , ; : ! ? » ” ’ ' " * …` and a closing `)` / `]` / `}` with no opener inside the URL.
 *
 * URLs broken over lines: see {@link FindUrlsOptions} and `shouldJoin` below.
 */

export interface FoundUrl {
  url: string;
  /** Offset in the text where the URL (its first part, when joined) starts. */
  index: number;
}

export interface FindUrlsOptions {
  /** Join a URL that a line break cut in two (see `shouldJoin`). Default true. */
  joinLines?: boolean;
  /**
   * Whether line `lineIndex` (0-based) was filled up to the wrapping width. Default: the
   * line has at least 60 characters. The PDF extractor passes what the layout says.
   */
  isLongLine?: (lineIndex: number, lineText: string) => boolean;
  /**
   * How line `lineIndex + 1` may go on with a URL that ends line `lineIndex`:
   * - `'none'`: never (a paragraph or column break lies between, as a layout shows);
   * - `'tail'`: by the text rules only (the default: all plain text);
   * - `'any'`: also when it does not look like a URL tail (`…%3Dtrue`, `…cur%3D1`), as long
   *   as the URL fills the (long) line from its start and the next line holds nothing else.
   *   Only for a layout (PDF) whose line breaks are the writer's, never the author's, and
   *   where both lines are set alike.
   */
  continuation?: (lineIndex: number) => 'none' | 'tail' | 'any';
}

/** Characters that end a URL outright. */
const STOP = /[\s<>"“”«»`\u0000-\u001f\u007f]/u;
/** Invisible characters a writer may put inside a URL to allow a break: kept out of the result. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060]/gu;
/** Trailing characters that belong to the sentence, not the URL. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '»', '”', '’', "'", '"', '*', '…', '\u00ad', '\u200b']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const START = 'https?:\\/\\/|mailto:|www\\.';
const SCHEME_START = /^(?:https?:\/\/|mailto:|www\.)/iu;
/** What must follow `www.` for it to count: a host name with a top-level domain. */
const WWW_HOST = /^www\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?=$|[/?#:])/iu;

function isUrlChar(char: string | undefined): boolean {
  return char !== undefined && !STOP.test(char);
}

/** Cut sentence punctuation and unmatched closing brackets off the end of a URL. */
export function trimTrailing(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1];
    if (last === undefined) break;
    if (TRAILING.has(last)) {
      end -= 1;
      continue;
    }
    const opener = CLOSERS[last];
    if (opener !== undefined) {
      const body = url.slice(0, end);
      const opens = body.split(opener).length - 1;
      const closes = body.split(last).length - 1;
      if (closes > opens) {
        end -= 1;
        continue;
      }
    }
    break;
  }
  return url.slice(0, end);
}

interface Line {
  start: number;
  /** End of the line's content, before `\r\n` / `\n`. */
  end: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl > start && text[nl - 1] === '\r' ? nl - 1 : nl });
    start = nl + 1;
  }
}

/** Index of the line holding offset `index` (binary search). */
function lineAt(lines: Line[], index: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Line numbers (1-based) for offsets into one text, computed once. */
export function lineIndex(text: string): (index: number) => number {
  const lines = splitLines(text);
  return (index) => lineAt(lines, index) + 1;
}

const JOIN_END = /(?:[/\-_=&?%.\u00ad]|%[0-9A-Fa-f]{2})$/u;
const PARTIAL_ESCAPE = /%([0-9A-Fa-f]?)$/u;
const TAIL_LIKE = /[/=\-.&?#]|%[0-9A-Fa-f]{2}/u;

/**
 * Whether the URL part `fragment`, which ends exactly at the end of line `lineIdx`, goes on
 * with `continuation` (the run of URL characters at the very start of the next line).
 *
 * Joined when the continuation starts right at the line start (no indent), does not itself
 * start a new URL (`www.` after a cut `…https%3A%2F%2F` is no new URL), and one of:
 * - the part ends inside a percent escape (`…%2` + `F…`): the URL is certainly incomplete;
 * - the line is long (wrapped at the width) or the part ends in `/ - _ = & ? % .` or a
 *   percent escape (`%2F`), and the continuation looks like a URL tail: it contains
 *   `/ = - . & ? #` or a percent escape (trailing sentence punctuation not counted, so
 *   `her.` is a word, not a tail) — but a part ending in `.` followed by a capital letter
 *   is a sentence ending;
 * - `continuation` says `'any'` (layout text only): the line is full, the URL fills it from
 *   its start (or goes on from the line before), and the continuation is the whole next line.
 * Never when `continuation` says `'none'`.
 */
function shouldJoin(
  fragment: string,
  fragmentFillsLine: boolean,
  lineIdx: number,
  lineText: string,
  continuation: string,
  continuationIsWholeLine: boolean,
  options: Required<Pick<FindUrlsOptions, 'isLongLine' | 'continuation'>>,
): boolean {
  const mode = options.continuation(lineIdx);
  if (mode === 'none' || continuation === '') return false;
  // A new URL on the next line is not a continuation, except a host that follows an
  // embedded "https://" or "https%3A%2F%2F" cut right before it.
  if (SCHEME_START.test(continuation) && !(/^www\./iu.test(continuation) && /(?:\/\/|%2F%2F)$/iu.test(fragment))) return false;
  const partial = PARTIAL_ESCAPE.exec(fragment);
  if (partial) {
    const missing = 2 - (partial[1]?.length ?? 0);
    if (new RegExp(`^[0-9A-Fa-f]{${missing}}`, 'u').test(continuation)) return true;
  }
  // After a full stop, a capital letter starts a sentence, not the rest of a host or path.
  if (fragment.endsWith('.') && /^\p{Lu}/u.test(continuation)) return false;
  const long = options.isLongLine(lineIdx, lineText);
  if ((long || JOIN_END.test(fragment)) && TAIL_LIKE.test(trimTrailing(continuation))) return true;
  return mode === 'any' && long && fragmentFillsLine && continuationIsWholeLine;
}

/**
 * Every URL in `text`, in order, with the offset where it starts. A URL cut by a line break
 * is joined (when `joinLines` is not false) and reported at the offset of its first part.
 */
export function findUrlsInText(text: string, options: FindUrlsOptions = {}): FoundUrl[] {
  const opts = {
    isLongLine: options.isLongLine ?? ((_: number, line: string) => line.length >= 60),
    continuation: options.continuation ?? (() => 'tail' as const),
  };
  const join = options.joinLines ?? true;
  const lines = splitLines(text);
  const found: FoundUrl[] = [];
  const starts = new RegExp(START, 'giu');
  let match: RegExpExecArray | null;
  while ((match = starts.exec(text)) !== null) {
    const start = match.index;
    const before = text[start - 1];
    const isWww = match[0].toLowerCase() === 'www.';
    // "mailto:" and "www." not as the tail of a longer word, nor "www." inside a host, path or
    // address. "://" is unmistakable: a URL glued to the word before it (a PDF that lost the
    // space, "Rapport:https://…") is still found.
    const isHttp = match[0].includes('/');
    if (!isHttp && before !== undefined && /[\p{L}\p{N}]/u.test(before)) continue;
    if (isWww && before !== undefined && /[./@:\-_~%+=]/u.test(before)) continue;

    let end = start;
    while (isUrlChar(text[end])) end += 1;
    let raw = text.slice(start, end);

    if (join) {
      let lineIdx = lineAt(lines, start);
      let fragmentStart = start;
      for (;;) {
        const line = lines[lineIdx]!;
        const next = lines[lineIdx + 1];
        if (end !== line.end || next === undefined) break;
        let contEnd = next.start;
        while (contEnd < next.end && isUrlChar(text[contEnd])) contEnd += 1;
        const continuation = text.slice(next.start, contEnd);
        const lineText = text.slice(line.start, line.end);
        const fillsLine = fragmentStart === line.start || text.slice(line.start, fragmentStart).trim() === '';
        const wholeLine = text.slice(contEnd, next.end).trim() === '';
        if (!shouldJoin(text.slice(fragmentStart, end), fillsLine, lineIdx, lineText, continuation, wholeLine, opts)) break;
        raw += continuation;
        end = contEnd;
        fragmentStart = next.start;
        lineIdx += 1;
      }
    }

    starts.lastIndex = end;
    let url = trimTrailing(raw.replace(INVISIBLE, ''));
    if (isWww) {
      if (!WWW_HOST.test(url)) continue;
      url = `https://${url}`;
    } else if (/^https?:\/\//iu.test(url)) {
      if (!/^https?:\/\/[\p{L}\p{N}[]/iu.test(url)) continue;
    } else if (url.length <= 'mailto:'.length) {
      continue;
    }
    found.push({ url, index: start });
  }
  return found;
}

/**
 * What a link target written in a document (an HTML attribute, a Markdown destination)
 * points at, as an absolute URL, or undefined when it is not a link to check:
 * - empty, or a pure `#fragment` (same document): skipped;
 * - `javascript:`, `data:`, `vbscript:`, `about:`, `blob:`: skipped;
 * - any other scheme (`http:`, `https:`, `mailto:`, `tel:`, `ftp:` …): kept as written;
 * - `//host/…`: resolved against the base when there is one, else taken as `https:`;
 * - relative: resolved against `base`; without a base it cannot be checked and is skipped.
 */
export function resolveLinkTarget(raw: string, base: string | undefined): string | undefined {
  const value = raw.replace(/^[\s\u0000-\u0020]+|[\s\u0000-\u0020]+$/gu, '');
  if (value === '' || value.startsWith('#')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (['javascript', 'data', 'vbscript', 'about', 'blob'].includes(scheme)) return undefined;
    return value;
  }
  if (base !== undefined) {
    try {
      return new URL(value, base).href;
    } catch {
      return undefined;
    }
  }
  if (value.startsWith('//')) return `https:${value}`;
  return undefined;
}

/** `base` when it parses as an absolute URL, resolved against `outer` when relative. */
export function absoluteBase(base: string | undefined, outer?: string): string | undefined {
  if (base === undefined || base.trim() === '') return outer;
  try {
    return new URL(base.trim(), outer).href;
  } catch {
    return outer;
  }
}
