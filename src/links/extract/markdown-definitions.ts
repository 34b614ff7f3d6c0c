/** Link reference definitions (`[ref]: url "title"`), taken out of the text and kept by label. */
import { blank, lineSpans, normalizeLabel, unescapeMarkdown } from './markdown-syntax.js';

export interface Definition {
  url: string;
}

const DEFINITION =
  /^ {0,3}\[((?:[^\\[\]]|\\.){1,999})\]:[ \t]*(<(?:[^<>\n\\]|\\.)*>|[^\s<]\S*)(?:[ \t]+("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\)))?[ \t]*\r?$/u;
const TITLE_LINE = /^[ \t]*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))[ \t]*\r?$/u;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/u;

/**
 * Link reference definitions, blanked out of the text. A definition cannot interrupt a
 * paragraph: it must follow a blank line, a heading, another definition or the file start.
 */
export function takeDefinitions(masked: string): { text: string; definitions: Map<string, Definition> } {
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
