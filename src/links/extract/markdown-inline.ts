/** Inline links, images, autolinks and raw <a>/<img> in Markdown text whose code and definitions are blanked. */
import type { Definition } from './markdown-definitions.js';
import { ASCII_PUNCTUATION, isBlankLineAt, labelText, normalizeLabel, unescapeMarkdown } from './markdown-syntax.js';

export interface Hit {
  start: number;
  end: number;
  /** The target as written (destination after unescaping), resolved later. */
  target: string;
  text?: string;
  /** Link-like (as opposed to an image): a link's text may not hold another one. */
  isLink: boolean;
}

const URI_AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*)>/u;
const EMAIL_AUTOLINK =
  /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/u;
const HTML_TAG = /^<(a|img)(\s[^<>]*)?>/iu;

export class InlineScanner {
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
