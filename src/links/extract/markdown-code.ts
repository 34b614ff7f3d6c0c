/** Markdown code (fences, inline spans) and HTML comments blanked out: no link inside them counts. */
import { blank, isBlankLineAt, lineSpans } from './markdown-syntax.js';

const FENCE_OPEN = /^((?:[ \t]*>)*[ \t]*)(`{3,}|~{3,})(.*)$/u;
const FENCE_CLOSE = /^(?:[ \t]*>)*[ \t]*(`{3,}|~{3,})[ \t]*\r?$/u;

/** Blank fenced code blocks, HTML comments and inline code spans. */
export function maskCode(source: string): string {
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
