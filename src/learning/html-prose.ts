/** A past issue in HTML as prose, for the paragraph splitter (archive-paragraphs.ts). */
import * as cheerio from 'cheerio';

/** HTML as prose: one block per paragraph-like element, its links' targets after it. */
export function htmlProse(html: string): string {
  const $ = cheerio.load(html);
  $('script, style, nav, header, footer, noscript, template').remove();
  const blocks: string[] = [];
  $('p, li, td, blockquote, dd').each((_i, element) => {
    const node = $(element);
    if (node.find('p, li').length > 0) return;
    const text = node.text().replace(/\s+/g, ' ').trim();
    const urls = node
      .find('a[href]')
      .map((_j, a) => $(a).attr('href') ?? '')
      .get()
      .filter((href) => /^https?:\/\//i.test(href));
    if (text !== '') blocks.push(urls.length > 0 ? `${text}\n\n${urls.join('\n')}` : text);
  });
  return blocks.join('\n\n');
}
