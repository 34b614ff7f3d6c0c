/**
 * Finding English in what an editor reads: the page's or report's visible text, with what may
 * be English on purpose taken out first, searched for English words as whole words.
 */

/**
 * Words that give English away in our own text (each was, or could be, written by our code:
 * "failed, 1 run in a row, last ok", "lenke: blocked", "issue …, line 207", "did the page change
 * layout?", job names "links"/"watch", "published 2 days ago", "first seen", "source GRETA").
 */
export const ENGLISH_WORDS = [
  'failed', 'failing', 'broken', 'blocked', 'published', 'first seen', 'source', 'sources', 'item', 'items', 'found',
  'run', 'runs', 'in a row', 'last ok', 'last time', 'never', 'link', 'links', 'issue', 'line', 'page', 'timeout', 'timed out',
  'error', 'not found', 'layout', 'watch', 'digest', 'days ago', 'day ago', 'today', 'since', 'dead', 'moved',
  'redirect', 'refused', 'anonymous', 'the', 'with', 'did', 'look for', 'update', 'score', 'why', 'candidates',
  'health', 'no date', 'also', 'before', 'event', 'works', 'unknown', 'rank', 'copy',
] as const;

/**
 * What may be English in an editor's text, and why:
 * - the items' own titles and summaries (and the sources' names): they are quoted as published;
 * - URLs: addresses, not words;
 * - <code> and `…`: identifiers and commands shown on purpose (`sourcewatch run`, source ids);
 * - file names (sources.json, nyhetsbrev-2022-2.pdf): names, not words;
 * - "sourcewatch", "Wayback Machine", "HTTP", "DNS", "TLS", "mailto": names, not English words.
 * "last" alone is no English tell: "Last ned" is Norwegian for "download"; "last ok"/"last time" are.
 */
export interface Allowed {
  quoted: readonly string[];
}

const NAMES = /\b(?:sourcewatch|Wayback Machine)\b/g;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text a reader sees: scripts, styles, code and tags gone, entities decoded. */
export function visibleText(document: string): string {
  const html = /<\/?[a-z][\s\S]*?>/i.test(document);
  let text = document;
  if (html) {
    text = text
      .replace(/<(script|style|code|pre|textarea)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<title>[\s\S]*?<\/title>/gi, (title) => title.replace(/<\/?title>/g, ' '))
      .replace(/<[^>]+>/g, ' ');
    text = decode(text);
  } else {
    // Markdown: <sub> and <https://…> autolinks are markup, not text.
    text = text.replace(/<\/?sub>/g, ' ').replace(/<(https?:[^>]+)>/g, ' ');
  }
  return text.replace(/`[^`]*`/g, ' ');
}

/** The English words left in a document once the allowed parts are out; [] when it is all Norwegian. */
export function englishWords(document: string, allowed: Allowed): string[] {
  let text = visibleText(document);
  // Longest first, so a title that contains another quoted string goes whole.
  for (const quoted of [...allowed.quoted].filter((q) => q.length > 0).sort((a, b) => b.length - a.length)) {
    text = text.split(quoted).join(' ');
    text = text.split(markdownEscaped(quoted)).join(' ');
  }
  text = text.replace(/\b(?:https?|mailto):[^\s)>\]]+/g, ' ').replace(/\b[\w.-]+\.(?:no|org|int|com|eu|pdf|md|html|json)\b/g, ' ').replace(NAMES, ' ');
  const found: string[] = [];
  for (const word of ENGLISH_WORDS) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${word.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}_])`, 'iu');
    const match = pattern.exec(text);
    if (match) found.push(`${word} («${text.slice(Math.max(0, match.index - 40), match.index + word.length + 40).replace(/\s+/g, ' ').trim()}»)`);
  }
  return found;
}

function markdownEscaped(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
}
