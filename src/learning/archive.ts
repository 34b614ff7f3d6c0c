/**
 * Reading a past issue's paragraphs from any archive format: text taken out of a PDF,
 * Markdown, HTML, PDF. Markup is reduced to prose plus URL lines, and the one paragraph
 * splitter (archive-paragraphs.ts) does the rest.
 */
import { readFileSync } from 'node:fs';
import { formatOf } from '../links/extract/index.js';
import { decodeText } from '../links/extract/text.js';
import type { ArchiveParagraph } from '../model/archive.js';
import { paragraphsOfText } from './archive-paragraphs.js';

/** Markdown as prose: a link's text stays, its URL goes to a line of its own after the block. */
export function markdownProse(markdown: string): string {
  return markdown
    .split(/\n\s*\n/)
    .map((block) => {
      const urls: string[] = [];
      const prose = block
        .replace(/!?\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, (_match, text: string, url: string) => {
          urls.push(url);
          return text;
        })
        .replace(/<(https?:\/\/[^>\s]+)>/g, (_match, url: string) => {
          urls.push(url);
          return '';
        })
        .replace(/^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|>\s?)/gm, '')
        .replace(/[*_`]+/g, '');
      return urls.length > 0 ? `${prose}\n\n${urls.join('\n')}` : prose;
    })
    .join('\n\n');
}

export async function readArchiveParagraphs(file: string): Promise<ArchiveParagraph[]> {
  const bytes = readFileSync(file);
  const format = formatOf(file, bytes.subarray(0, 1024));
  switch (format) {
    case 'text':
      return paragraphsOfText(decodeText(bytes));
    case 'markdown':
      return paragraphsOfText(markdownProse(decodeText(bytes)));
    case 'html':
      // cheerio (and parse5) load only when the archive holds an HTML issue.
      return paragraphsOfText((await import('./html-prose.js')).htmlProse(decodeText(bytes)));
    case 'pdf':
      return paragraphsOfText(await (await import('../links/extract/pdf-text.js')).extractPdfText(bytes));
    case undefined:
      return [];
  }
}
