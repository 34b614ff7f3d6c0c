/** Small pieces of Markdown syntax the link parser shares: blanking, lines, escapes, labels. */

export const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/u;

/** Replace every character in [from, to) but line breaks with a space, so offsets and lines stay. */
export function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i += 1) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

export function isBlankLineAt(s: string, index: number): boolean {
  const end = s.indexOf('\n', index);
  return s.slice(index, end === -1 ? s.length : end).trim() === '';
}

export interface LineSpan {
  start: number;
  end: number;
  text: string;
}

export function lineSpans(s: string): LineSpan[] {
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

/** Backslash escapes undone and the common character references decoded, as in a destination. */
export function unescapeMarkdown(value: string): string {
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

export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/gu, ' ').toLowerCase().toUpperCase();
}

/** Visible text of a link label: images by their alt, markup and escapes out, whitespace collapsed. */
export function labelText(raw: string): string {
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
