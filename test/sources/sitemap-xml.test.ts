import { describe, expect, it } from 'vitest';
import { scanSitemap } from '../../src/sources/sitemap-xml.js';
import { sizeCapNote, withSizeCap } from '../../src/sources/limits.js';

describe('scanSitemap', () => {
  it.each([
    ['only direct children count', '<urlset><url><image:image><image:loc>https://x.no/i.jpg</image:loc></image:image><loc>https://x.no/a</loc></url></urlset>', [{ loc: 'https://x.no/a' }]],
    ['CDATA is taken as it is', '<urlset><url><loc><![CDATA[https://x.no/a?b=1&c=2]]></loc></url></urlset>', [{ loc: 'https://x.no/a?b=1&c=2' }]],
    ['numeric entities', '<urlset><url><loc>https://x.no/&#230;&#x00F8;</loc></url></urlset>', [{ loc: 'https://x.no/æø' }]],
    ['comments are skipped', '<urlset><!-- <url><loc>https://x.no/no</loc></url> --><url><loc>https://x.no/yes</loc></url></urlset>', [{ loc: 'https://x.no/yes' }]],
    ['the first loc of an entry wins', '<urlset><url><loc>https://x.no/1</loc><loc>https://x.no/2</loc><lastmod>2024-01-01</lastmod></url></urlset>', [{ loc: 'https://x.no/1', lastmod: '2024-01-01' }]],
    ['an entry without loc is left out', '<urlset><url><lastmod>2024-01-01</lastmod></url><url/></urlset>', []],
    ['elements other than url are not entries', '<urlset><foo><loc>https://x.no/f</loc></foo></urlset>', []],
  ])('%s', (_name, xml, entries) => {
    expect(scanSitemap(xml)).toEqual({ root: 'urlset', entries });
  });

  it('reads a sitemap of 100,000 URLs', () => {
    const xml = `<urlset>${Array.from({ length: 100_000 }, (_, i) => `<url><loc>https://x.no/${i}</loc></url>`).join('')}</urlset>`;
    expect(scanSitemap(xml).entries).toHaveLength(100_000);
  });
});

describe('size cap wording', () => {
  it.each([
    [10 * 1024 * 1024, 'cut off at the size cap of 10 MB (http.maxBytes)'],
    [1.5 * 1024 * 1024, 'cut off at the size cap of 1.5 MB (http.maxBytes)'],
    [64 * 1024, 'cut off at the size cap of 64 KB (http.maxBytes)'],
  ])('%i bytes', (bytes, note) => {
    expect(sizeCapNote(bytes)).toBe(note);
  });

  it('a parse error names the cap only when the document was cut', () => {
    const error = new Error('feed could not be parsed: Unclosed root tag, line 1, column 10485760');
    expect(withSizeCap(error, false, 10 * 1024 * 1024)).toBe(error);
    expect(withSizeCap(error, true, 10 * 1024 * 1024).message).toBe(
      'feed could not be parsed: Unclosed root tag, line 1, column 10485760 — the document was cut off at the size cap of 10 MB (http.maxBytes)',
    );
  });
});
