/**
 * The paragraphs of a past issue: what the editors wrote about each item they chose. These
 * are the positive examples the ranking learns from before anyone has decided anything on
 * the review page. Pure: a document's text in, its paragraphs out.
 *
 * Issues arrive as text taken out of a PDF (words broken across lines with a hyphen, each
 * page's link URLs listed after its text), Markdown, HTML or PDF; a paragraph is a block
 * between blank lines, URL-only lines dropped, broken words joined. Short blocks (headings,
 * footers, "Vi ønsker alle en god sommer!") teach nothing and are left out.
 */
import { findUrlsInText } from '../links/extract/urls-in-text.js';
import type { ArchiveParagraph } from '../model/archive.js';

/** A paragraph teaches something from this many words on. */
export const MIN_PARAGRAPH_WORDS = 12;

const URL_LINE = /^\s*(?:https?:\/\/|mailto:)\S+\s*$/i;

function hostOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '').toLowerCase();
    return host === '' ? undefined : host;
  } catch {
    return undefined;
  }
}

/** "menneske-\nhandel" → "menneskehandel"; a dash before an upper-case word stays ("Helse- og"). */
export function joinBrokenWords(text: string): string {
  return text.replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{Ll})/gu, '$1$2');
}

export function paragraphsOfText(text: string): ArchiveParagraph[] {
  const out: ArchiveParagraph[] = [];
  // Paragraphs since the last URL lines: a page's URL block belongs to them.
  let pending: ArchiveParagraph[] = [];
  const addProse = (lines: string[]): void => {
    const prose = lines.join(' ').replace(/\s+/g, ' ').trim();
    const inline = findUrlsInText(prose).map((found) => found.url);
    const words = prose.replace(/\S*https?:\/\/\S*/g, ' ').replace(/\s+/g, ' ').trim();
    if (words.split(' ').length < MIN_PARAGRAPH_WORDS) return;
    const paragraph: ArchiveParagraph = { text: words, hosts: [...new Set(inline.map(hostOf).filter((host): host is string => host !== undefined))] };
    out.push(paragraph);
    pending.push(paragraph);
  };
  for (const block of joinBrokenWords(text.replace(/\r\n?/g, '\n')).split(/\n\s*\n/)) {
    // Text from a PDF runs a page's URL lines straight into the next page's first line.
    let prose: string[] = [];
    let urls: string[] = [];
    const flushUrls = (): void => {
      if (urls.length === 0) return;
      const hosts = urls.map(hostOf).filter((host): host is string => host !== undefined);
      for (const paragraph of pending) paragraph.hosts = [...new Set([...paragraph.hosts, ...hosts])];
      pending = [];
      urls = [];
    };
    for (const line of block.split('\n')) {
      if (URL_LINE.test(line)) {
        if (prose.length > 0) addProse(prose);
        prose = [];
        urls.push(line.trim());
      } else {
        flushUrls();
        prose.push(line);
      }
    }
    if (prose.length > 0) addProse(prose);
    flushUrls();
  }
  return out;
}
