import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../../src/links/extract/index.js';
import { extractTextLinks, extractTextLinksFromString } from '../../../src/links/extract/text.js';
import { findUrlsInText } from '../../../src/links/extract/urls-in-text.js';
import { SEED_HTTP, SEED_LINKS, SEED_MAILTO } from '../../fixtures/links/seed-links.js';

const urls = (text: string) => findUrlsInText(text).map((found) => found.url);

describe('findUrlsInText: what a URL is and where it ends', () => {
  it.each<[string, string[]]>([
    ['se https://x.no/a.', ['https://x.no/a']],
    ['se https://x.no/a, og mer', ['https://x.no/a']],
    ['https://x.no/a; neste', ['https://x.no/a']],
    ['https://x.no/a: neste', ['https://x.no/a']],
    ['https://x.no/a!', ['https://x.no/a']],
    ['Har du sett https://x.no/a?', ['https://x.no/a']],
    ['«https://x.no/a»', ['https://x.no/a']],
    ['“https://x.no/a”', ['https://x.no/a']],
    ["'https://x.no/a'", ['https://x.no/a']],
    ['"https://x.no/a"', ['https://x.no/a']],
    ['‘https://x.no/a’', ['https://x.no/a']],
    ['(se https://x.no/a)', ['https://x.no/a']],
    ['(se https://x.no/a).', ['https://x.no/a']],
    ['[https://x.no/a]', ['https://x.no/a']],
    ['<https://x.no/a>', ['https://x.no/a']],
    ['https://x.no/a…', ['https://x.no/a']],
    ['https://x.no/a/...', ['https://x.no/a/']],
    ['https://x.no/a?q=1.', ['https://x.no/a?q=1']],
    ['https://x.no/a#frag.', ['https://x.no/a#frag']],
    // Parentheses and brackets that belong to the URL stay.
    ['https://en.wikipedia.org/wiki/Foo_(bar)', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['(https://en.wikipedia.org/wiki/Foo_(bar))', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['https://en.wikipedia.org/wiki/Foo_(bar).', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['https://x.no/a?list[0]=1', ['https://x.no/a?list[0]=1']],
    ["https://x.no/O'Brien er her", ["https://x.no/O'Brien"]],
    // Inside dots, dashes, queries and fragments are the URL's own.
    ['https://www.coe.int/en/web/a/-/b-?x=1&redirect=https%3A%2F%2Fwww.coe.int%2Fen', ['https://www.coe.int/en/web/a/-/b-?x=1&redirect=https%3A%2F%2Fwww.coe.int%2Fen']],
    ['https://heuni.fi/-/policy-brief-consigny#745d9e8a', ['https://heuni.fi/-/policy-brief-consigny#745d9e8a']],
    ['HTTPS://X.NO/A', ['HTTPS://X.NO/A']],
    ['https://x.no/a, https://y.no/b og http://z.no', ['https://x.no/a', 'https://y.no/b', 'http://z.no']],
    ['https://x.no/\u00e5rsrapport-2021', ['https://x.no/\u00e5rsrapport-2021']],
    // mailto: only with the scheme; a bare address is prose.
    ['skriv til mailto:post@x.no.', ['mailto:post@x.no']],
    ['mailto:post@x.no?subject=Hei', ['mailto:post@x.no?subject=Hei']],
    ['kontakt oss på KOM.pod@politiet.no.', []],
    ['©KOM.pod@politiet.no', []],
    // www. without a scheme: only when clearly a host name; reported as https://.
    ['se www.politiet.no/menneskehandel.', ['https://www.politiet.no/menneskehandel']],
    ['(www.udi.no)', ['https://www.udi.no']],
    ['www.', []],
    ['www.thing er ikke en vert', []],
    ['post@www.x.no', []],
    ['politiet.no/menneskehandel', []],
    // Not a URL at all.
    ['xmailto:post@x.no', []],
    ['Rapporten:https://x.no/a (mellomrommet falt bort)', ['https://x.no/a']],
    ['lesmerhttps://x.no/a', ['https://x.no/a']],
    ['https://', []],
    ['https:// x.no', []],
    ['mailto:', []],
  ])('%j → %j', (text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it('gives the offset where each URL starts', () => {
    expect(findUrlsInText('a https://x.no b mailto:p@x.no')).toEqual([
      { url: 'https://x.no', index: 2 },
      { url: 'mailto:p@x.no', index: 17 },
    ]);
  });
});

describe('findUrlsInText: URLs broken over two lines', () => {
  it.each<[string, string, string[]]>([
    [
      'a long line ending mid-word, continued by a path',
      'Rapporten er publisert på https://www.politiet.no/globalassets/03-rad-og-forebygging/menneske\nhandel/rapport-2021.pdf og kan lastes ned.',
      ['https://www.politiet.no/globalassets/03-rad-og-forebygging/menneskehandel/rapport-2021.pdf'],
    ],
    ['a short line ending in /', 'Se https://www.udi.no/krisen-i-ukraina/\nvare-i-norge/ for mer.', ['https://www.udi.no/krisen-i-ukraina/vare-i-norge/']],
    ['ending in -', 'Les: https://www.udi.no/krisen-i-\nukraina/ nå', ['https://www.udi.no/krisen-i-ukraina/']],
    ['ending in _', 'https://x.no/p_p_\ncol_id=4', ['https://x.no/p_p_col_id=4']],
    ['ending in =', 'https://www.stortinget.no/no/Sak/?p=\n87609&target=case-status', ['https://www.stortinget.no/no/Sak/?p=87609&target=case-status']],
    ['ending in &', 'https://x.no/?a=1&\nb=2', ['https://x.no/?a=1&b=2']],
    ['ending in ?', 'https://x.no/sok?\nq=menneskehandel', ['https://x.no/sok?q=menneskehandel']],
    ['ending in .', 'https://www.fafo.\nno/rapport', ['https://www.fafo.no/rapport']],
    ['ending in %2F', 'redirect: https://www.coe.int/?redirect=https%3A%2F\n%2Fwww.coe.int%2Fen', ['https://www.coe.int/?redirect=https%3A%2F%2Fwww.coe.int%2Fen']],
    ['ending inside a percent escape', 'https://x.no/?u=https%3\nA%2F%2Fy.no', ['https://x.no/?u=https%3A%2F%2Fy.no']],
    [
      'over three lines',
      'https://www.coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/\ncontent/greta-publishes-its-third-report-on-norway?inheritRedirect=false&redirect=https%3A%2F%2F\nwww.coe.int%2Fen%2Fweb%2Fanti-human-trafficking%2Fnews',
      ['https://www.coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/content/greta-publishes-its-third-report-on-norway?inheritRedirect=false&redirect=https%3A%2F%2Fwww.coe.int%2Fen%2Fweb%2Fanti-human-trafficking%2Fnews'],
    ],
    ['with Windows line ends', 'Se https://www.udi.no/krisen-i-ukraina/\r\nvare-i-norge/ for mer.', ['https://www.udi.no/krisen-i-ukraina/vare-i-norge/']],
    ['the joined URL then loses its sentence punctuation', 'Se https://www.udi.no/krisen-i-ukraina/\nvare-i-norge/.', ['https://www.udi.no/krisen-i-ukraina/vare-i-norge/']],
  ])('joined: %s', (_name, text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['the next line is a sentence', 'Se https://www.udi.no/krisen-i-ukraina/\nFor mer informasjon, ring oss.', ['https://www.udi.no/krisen-i-ukraina/']],
    [
      'a long line, then an ordinary word',
      'Rapporten fra Koordineringsenheten er publisert på https://www.politiet.no/rapport\nog den kan lastes ned.',
      ['https://www.politiet.no/rapport'],
    ],
    [
      'a long line, then a word ending a sentence',
      'Mer informasjon om arbeidsgruppens aktiviteter finnes på https://cbss.org/news/\nher. Neste avsnitt.',
      ['https://cbss.org/news/'],
    ],
    ['a short line ending mid-word', 'Se https://x.no/abc\ndef/ghi', ['https://x.no/abc']],
    ['the URL ends a sentence', 'Les mer på https://www.politiet.no/menneskehandel.\nNeste-setning.', ['https://www.politiet.no/menneskehandel']],
    ['the next line is indented', 'https://x.no/a/\n  b/c', ['https://x.no/a/']],
    ['the URL is followed by a space', 'https://x.no/a/ \nb/c', ['https://x.no/a/']],
    ['the next line is a new URL', 'https://www.politiet.no/globalassets/03-rad-og-forebygging/menneskehandel/rapport.pdf\nhttps://www.politiet.no/aktuelt/', ['https://www.politiet.no/globalassets/03-rad-og-forebygging/menneskehandel/rapport.pdf', 'https://www.politiet.no/aktuelt/']],
    ['the next line is a mailto: link', 'https://x.no/a/\nmailto:post@x.no', ['https://x.no/a/', 'mailto:post@x.no']],
    ['the next line starts with www.', 'https://x.no/a/\nwww.y.no/b', ['https://x.no/a/', 'https://www.y.no/b']],
    ['a blank line between', 'https://x.no/a/\n\nb/c', ['https://x.no/a/']],
  ])('not joined: %s', (_name, text, expected) => {
    expect(urls(text)).toEqual(expected);
  });

  it('can be told not to join', () => {
    expect(findUrlsInText('Se https://www.udi.no/krisen-i-ukraina/\nvare-i-norge/', { joinLines: false }).map((f) => f.url)).toEqual([
      'https://www.udi.no/krisen-i-ukraina/',
    ]);
  });

  it('reports a joined URL on the line where it starts', () => {
    const links = extractTextLinksFromString('brev.txt', 'Innledning\n\nSe https://www.udi.no/krisen-i-ukraina/\nvare-i-norge/ og\nhttps://x.no/b');
    expect(links).toEqual([
      { url: 'https://www.udi.no/krisen-i-ukraina/vare-i-norge/', location: { file: 'brev.txt', line: 3 } },
      { url: 'https://x.no/b', location: { file: 'brev.txt', line: 5 } },
    ]);
  });
});

describe('plain-text files', () => {
  it('decodes UTF-8 (with a BOM) and counts lines from 1', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Første linje\r\nSe https://x.no/å.\r\n')]);
    expect(extractTextLinks('a.txt', bytes)).toEqual([{ url: 'https://x.no/å', location: { file: 'a.txt', line: 2 } }]);
  });

  it('falls back to windows-1252 when the bytes are not UTF-8', () => {
    const bytes = Buffer.from('Rådet: https://x.no/r\xe5d\n', 'latin1');
    expect(extractTextLinks('b.txt', bytes)).toEqual([{ url: 'https://x.no/råd', location: { file: 'b.txt', line: 1 } }]);
  });
});

describe('the seed issue (KOM nyhetsbrev, text taken out of its PDF)', () => {
  const file = 'test/fixtures/links/kom-nyhetsbrev-2022-2.txt';
  const bytes = readFileSync(new URL('../../fixtures/links/kom-nyhetsbrev-2022-2.txt', import.meta.url));

  it('the expected list itself has 44 http(s) links and 2 mailto links', () => {
    expect(SEED_HTTP).toHaveLength(44);
    expect(SEED_MAILTO).toEqual(['mailto:KOM.pod@politiet.no', 'mailto:KOM.pod@politiet.no']);
  });

  it('gives exactly its 44 + 2 links, whole, with their lines', async () => {
    const links = await extractLinks(file, bytes);
    expect(links.map((link) => ({ line: link.location.line, url: link.url }))).toEqual(SEED_LINKS);
    expect(links.every((link) => link.location.file === file && link.location.page === undefined)).toBe(true);
  });

  it('keeps the very long coe.int URLs and the #fragments whole', async () => {
    const links = await extractLinks(file, bytes);
    const coe = links.filter((link) => link.url.includes('coe.int'));
    expect(coe).toHaveLength(6);
    expect(coe.filter((link) => link.url.endsWith('_andOperator%3Dtrue'))).toHaveLength(4);
    expect(coe[0]!.url).toMatch(/^https:\/\/www\.coe\.int\/.*\?inheritRedirect=false&redirect=https%3A%2F%2Fwww\.coe\.int%2F.*p_p_col_count%3D1$/u);
    expect(links.filter((link) => link.url.endsWith('#745d9e8a'))).toHaveLength(3);
  });
});
