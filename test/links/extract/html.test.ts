import { describe, expect, it } from 'vitest';
import type { FoundLink } from '../../../src/links/types.js';
import { extractHtmlLinks, extractHtmlLinksFromString } from '../../../src/links/extract/html.js';
import { extractLinks } from '../../../src/links/extract/index.js';

const page = (base: string) => `<!doctype html>
<html lang="no">
<head>
${base}
<link rel="stylesheet" href="/css/site.css">
<link rel="preconnect" href="https://fonts.example.com">
<link rel="DNS-Prefetch" href="//cdn.example.com">
<link rel="alternate" type="application/rss+xml" href="https://www.politiet.no/rss">
<script src="js/app.js"></script>
<script src="//cdn.example.no/lib.js"></script>
</head>
<body>
<p>Se <a href="https://www.udi.no/krisen-i-ukraina/">UDI om
   krisen   i Ukraina</a> og <a href="nyheter/sak.html">en relativ sak</a>.</p>
<p><a href="#top">Til toppen</a> <a href="javascript:void(0)">JS</a> <a href="data:text/plain,hei">data</a></p>
<p><a href="mailto:KOM.pod@politiet.no">KOM.pod@politiet.no</a> <a href="tel:+4723208000">Ring oss</a></p>
<img src="bilder/logo.png" alt="Logo">
<map name="m"><area href="https://www.regjeringen.no/" alt="Regjeringen" shape="rect" coords="0,0,1,1"></map>
<iframe src="https://www.youtube.com/embed/abc"></iframe>
<video><source src="https://cdn.example.no/film.mp4" type="video/mp4"></video>
<a
  href="  https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87609&amp;target=case-status  "><img src="https://www.stortinget.no/logo.svg" alt="Stortinget"></a>
<a href="">tom</a> <a>ingen href</a> <a href="#">topp</a>
</body>
</html>
`;

const at = (line: number, url: string, text?: string): FoundLink => ({
  url,
  location: { file: 'arkiv/2022-06.html', line },
  ...(text !== undefined ? { text } : {}),
});

describe('HTML', () => {
  it('finds every kind of link, resolved against <base href>, with source lines and anchor text', () => {
    const links = extractHtmlLinksFromString('arkiv/2022-06.html', page('<base href="https://www.politiet.no/aktuelt/">'));
    expect(links).toEqual([
      at(5, 'https://www.politiet.no/css/site.css'),
      // rel=preconnect and rel=dns-prefetch name a host, not a resource: skipped.
      at(8, 'https://www.politiet.no/rss'),
      at(9, 'https://www.politiet.no/aktuelt/js/app.js'),
      at(10, 'https://cdn.example.no/lib.js'),
      at(13, 'https://www.udi.no/krisen-i-ukraina/', 'UDI om krisen i Ukraina'),
      at(14, 'https://www.politiet.no/aktuelt/nyheter/sak.html', 'en relativ sak'),
      // #top, javascript: and data: are skipped.
      at(16, 'mailto:KOM.pod@politiet.no', 'KOM.pod@politiet.no'),
      at(16, 'tel:+4723208000', 'Ring oss'),
      at(17, 'https://www.politiet.no/aktuelt/bilder/logo.png', 'Logo'),
      at(18, 'https://www.regjeringen.no/', 'Regjeringen'),
      at(19, 'https://www.youtube.com/embed/abc'),
      at(20, 'https://cdn.example.no/film.mp4'),
      // The element's own line (where its start tag begins); entities decoded, blanks trimmed;
      // an image-only anchor takes the image's alt text.
      at(21, 'https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87609&target=case-status', 'Stortinget'),
      at(22, 'https://www.stortinget.no/logo.svg', 'Stortinget'),
      // Empty href and href="#": the same document; <a> without href: no link.
    ]);
  });

  it('without any base skips relative links, keeps absolute ones and takes //host as https', () => {
    const links = extractHtmlLinksFromString('arkiv/2022-06.html', page(''));
    expect(links.map((link) => [link.location.line, link.url])).toEqual([
      [8, 'https://www.politiet.no/rss'],
      [10, 'https://cdn.example.no/lib.js'],
      [13, 'https://www.udi.no/krisen-i-ukraina/'],
      [16, 'mailto:KOM.pod@politiet.no'],
      [16, 'tel:+4723208000'],
      [18, 'https://www.regjeringen.no/'],
      [19, 'https://www.youtube.com/embed/abc'],
      [20, 'https://cdn.example.no/film.mp4'],
      [21, 'https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87609&target=case-status'],
      [22, 'https://www.stortinget.no/logo.svg'],
    ]);
  });

  it('uses options.baseUrl when there is no <base>, and resolves a relative <base> against it', () => {
    const plain = extractHtmlLinksFromString('a.html', page(''), { baseUrl: 'https://www.kom.no/nyhetsbrev/2022-06.html' });
    expect(plain.map((link) => link.url).slice(0, 4)).toEqual([
      'https://www.kom.no/css/site.css',
      'https://www.politiet.no/rss',
      'https://www.kom.no/nyhetsbrev/js/app.js',
      'https://cdn.example.no/lib.js',
    ]);
    const relativeBase = extractHtmlLinksFromString('a.html', page('<base href="/arkiv/">'), { baseUrl: 'https://www.kom.no/nyhetsbrev/2022-06.html' });
    expect(relativeBase.find((link) => link.text === 'en relativ sak')?.url).toBe('https://www.kom.no/arkiv/nyheter/sak.html');
  });

  it('decodes the document in its declared charset', () => {
    const html = '<html><head><meta charset="windows-1252"></head>\n<body><a href="https://x.no/">R\xe5det</a></body></html>';
    expect(extractHtmlLinks('gammel.htm', Buffer.from(html, 'latin1'))).toEqual([
      { url: 'https://x.no/', location: { file: 'gammel.htm', line: 2 }, text: 'Rådet' },
    ]);
  });

  it('counts lines over Windows line ends and goes through extractLinks by extension', async () => {
    const html = '<html>\r\n<body>\r\n\r\n<a href="https://x.no/a">a</a>\r\n</body></html>';
    expect(await extractLinks('brev.HTM', Buffer.from(html))).toEqual([{ url: 'https://x.no/a', location: { file: 'brev.HTM', line: 4 }, text: 'a' }]);
  });
});
