import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../../src/links/extract/index.js';
import { extractMarkdownLinksFromString } from '../../../src/links/extract/markdown.js';

const issue = [
  /*  1 */ '# Nyhetsbrev fra KOM',
  /*  2 */ '',
  /*  3 */ 'Les [tilstandsrapporten](https://www.politiet.no/rapport.pdf "Rapport 2021") nå.',
  /*  4 */ 'Se [lenke med *mellomrom*](<https://example.no/en fil.pdf>) og ![Logo](https://example.no/logo.png).',
  /*  5 */ 'Wikipedia: [Foo](https://en.wikipedia.org/wiki/Foo_(bar)) og https://en.wikipedia.org/wiki/Baz_(qux).',
  /*  6 */ 'Referanser: [UDI][udi], [Stortinget][] og [regjeringen].',
  /*  7 */ 'Autolenker: <https://www.osce.org/cthb/518790> og <mailto:KOM.pod@politiet.no> og <post@example.no>.',
  /*  8 */ 'Bar URL: https://heuni.fi/-/policy-brief-consigny#745d9e8a, og www.fafo.no/rapport.',
  /*  9 */ 'Kode: `https://ikke.no/kode` og ``https://heller.ikke.no/`x` `` er ikke lenker.',
  /* 10 */ '',
  /* 11 */ '```bash',
  /* 12 */ 'curl https://ikke.no/i-kodeblokk',
  /* 13 */ '[ikke](https://ikke.no/lenke)',
  /* 14 */ '```',
  /* 15 */ '',
  /* 16 */ '[![Badge](https://img.example.no/badge.svg)](https://ci.example.no/build)',
  /* 17 */ '[tekst over',
  /* 18 */ 'to linjer](https://example.no/to-linjer)',
  /* 19 */ '[relativ](/arkiv/2022.pdf) og [anker](#topp) og [js](javascript:alert(1))',
  /* 20 */ '[ukjent referanse][finnes-ikke]',
  /* 21 */ '<a href="https://www.regjeringen.no/no/aktuelt/">Regjeringen</a> og <img src="https://example.no/bilde.jpg" alt="Bilde">',
  /* 22 */ '<!-- https://ikke.no/kommentar -->',
  /* 23 */ '',
  /* 24 */ '[udi]: https://www.udi.no/krisen-i-ukraina/ "UDI"',
  /* 25 */ '[STORTINGET]: <https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87960>',
  /* 26 */ '[Regjeringen]: https://www.regjeringen.no/',
  /* 27 */ "  'Tittel på egen linje'",
  /* 28 */ '[ubrukt]: https://ikke.no/ubrukt',
].join('\n');

const expected: Array<[number, string, string?]> = [
  [3, 'https://www.politiet.no/rapport.pdf', 'tilstandsrapporten'],
  [4, 'https://example.no/en%20fil.pdf', 'lenke med mellomrom'],
  [4, 'https://example.no/logo.png', 'Logo'],
  [5, 'https://en.wikipedia.org/wiki/Foo_(bar)', 'Foo'],
  [5, 'https://en.wikipedia.org/wiki/Baz_(qux)'],
  [6, 'https://www.udi.no/krisen-i-ukraina/', 'UDI'],
  [6, 'https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87960', 'Stortinget'],
  [6, 'https://www.regjeringen.no/', 'regjeringen'],
  [7, 'https://www.osce.org/cthb/518790'],
  [7, 'mailto:KOM.pod@politiet.no'],
  [7, 'mailto:post@example.no'],
  [8, 'https://heuni.fi/-/policy-brief-consigny#745d9e8a'],
  [8, 'https://www.fafo.no/rapport'],
  [16, 'https://ci.example.no/build', 'Badge'],
  [16, 'https://img.example.no/badge.svg', 'Badge'],
  [17, 'https://example.no/to-linjer', 'tekst over to linjer'],
  [21, 'https://www.regjeringen.no/no/aktuelt/', 'Regjeringen'],
  [21, 'https://example.no/bilde.jpg', 'Bilde'],
];

describe('Markdown: a whole issue', () => {
  it('finds every construct, in order, with lines and link text', () => {
    const links = extractMarkdownLinksFromString('arkiv/2022-06.md', issue);
    expect(links).toEqual(
      expected.map(([line, url, text]) => ({ url, location: { file: 'arkiv/2022-06.md', line }, ...(text ? { text } : {}) })),
    );
  });

  it('resolves relative links against baseUrl, still skipping #fragment and javascript:', async () => {
    const links = await extractLinks('arkiv/2022-06.markdown', Buffer.from(issue), { baseUrl: 'https://www.kom.no/nyhetsbrev/' });
    const line19 = links.filter((link) => link.location.line === 19);
    expect(line19).toEqual([{ url: 'https://www.kom.no/arkiv/2022.pdf', location: { file: 'arkiv/2022-06.markdown', line: 19 }, text: 'relativ' }]);
    expect(links).toHaveLength(expected.length + 1);
  });

  it('never reports anything from code, comments or unused definitions', () => {
    const links = extractMarkdownLinksFromString('a.md', issue);
    expect(links.filter((link) => link.url.includes('ikke.no'))).toEqual([]);
  });
});

const urls = (markdown: string, baseUrl?: string) =>
  extractMarkdownLinksFromString('a.md', markdown, baseUrl ? { baseUrl } : {}).map((link) => link.url);

describe('Markdown: each construct', () => {
  it.each<[string, string, string[]]>([
    ['inline link with "title"', '[a](https://x.no/a "tittel")', ['https://x.no/a']],
    ["inline link with 'title'", "[a](https://x.no/a 'tittel')", ['https://x.no/a']],
    ['inline link with (title)', '[a](https://x.no/a (tittel))', ['https://x.no/a']],
    ['blanks around the destination', '[a](  https://x.no/a  )', ['https://x.no/a']],
    ['destination in <> with spaces', '[a](<https://x.no/en fil.pdf>)', ['https://x.no/en%20fil.pdf']],
    ['parentheses in the URL', '[Foo](https://en.wikipedia.org/wiki/Foo_(bar))', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['nested parentheses in the URL', '[a](https://x.no/a_(b_(c)))', ['https://x.no/a_(b_(c))']],
    ['escaped parenthesis', '[a](https://x.no/a\\)b)', ['https://x.no/a)b']],
    ['entity in the destination', '[a](https://x.no/?a=1&amp;b=2)', ['https://x.no/?a=1&b=2']],
    ['two links side by side', '[a](https://x.no/a)[b](https://x.no/b)', ['https://x.no/a', 'https://x.no/b']],
    ['image', '![alt](https://x.no/i.png "bilde")', ['https://x.no/i.png']],
    ['image inside a link', '[![alt](https://x.no/i.png)](https://x.no/side)', ['https://x.no/side', 'https://x.no/i.png']],
    ['brackets in link text', '[a [b] c](https://x.no/a)', ['https://x.no/a']],
    ['full reference', '[tekst][Ref]\n\n[ref]: https://x.no/r', ['https://x.no/r']],
    ['collapsed reference, other case', '[Foo][]\n\n[FOO]: https://x.no/f', ['https://x.no/f']],
    ['shortcut reference', 'Se [foo].\n\n[foo]: https://x.no/f', ['https://x.no/f']],
    ['label whitespace collapsed', '[foo  bar]\n\n[Foo\tBar]: https://x.no/f', ['https://x.no/f']],
    ['definition with <destination>', '[a]\n\n[a]: <https://x.no/a b>', ['https://x.no/a%20b']],
    ['definition used before and after it stands', '[a]\n\n[a]: https://x.no/a\n\n[a]', ['https://x.no/a', 'https://x.no/a']],
    ['the first definition wins', '[a]\n\n[a]: https://x.no/first\n[a]: https://x.no/second', ['https://x.no/first']],
    ['unknown reference', '[a][nope] og [b]', []],
    ['a definition cannot interrupt a paragraph', 'tekst\n[a]: https://x.no/a', ['https://x.no/a']],
    ['a footnote is not a definition', 'Tekst[^1].\n\n[^1]: https://x.no/kilde', ['https://x.no/kilde']],
    ['autolink', '<https://x.no/a>', ['https://x.no/a']],
    ['mailto autolink', '<mailto:post@x.no>', ['mailto:post@x.no']],
    ['e-mail autolink', '<post@x.no>', ['mailto:post@x.no']],
    ['bare URL', 'Se https://x.no/a.', ['https://x.no/a']],
    ['bare www.', 'Se www.x.no.', ['https://www.x.no']],
    ['bare URL in parentheses', '(se https://en.wikipedia.org/wiki/Foo_(bar))', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['bare URL in bold', '**https://x.no/a**', ['https://x.no/a']],
    ['a bare URL cut by a line break is not joined', 'Se https://x.no/a/\nb/c', ['https://x.no/a/']],
    ['URL as link text is one link', '[https://x.no/a](https://x.no/a)', ['https://x.no/a']],
    ['code span', '`[a](https://x.no/a)` og `https://x.no/b`', []],
    ['code span with a longer fence', '`` `https://x.no/a` ``', []],
    ['unclosed backtick is literal', 'a `b https://x.no/a', ['https://x.no/a']],
    ['backtick fence', '```\nhttps://x.no/in\n```\nhttps://x.no/out', ['https://x.no/out']],
    ['tilde fence', '~~~ text\n[a](https://x.no/in)\n~~~\n[b](https://x.no/out)', ['https://x.no/out']],
    ['longer fence holding a shorter one', '````\n```\nhttps://x.no/in\n```\n````\nhttps://x.no/out', ['https://x.no/out']],
    ['fence in a block quote', '> ```\n> https://x.no/in\n> ```\n> https://x.no/out', ['https://x.no/out']],
    ['unclosed fence runs to the end', '```\nhttps://x.no/in', []],
    ['HTML comment', '<!--\nhttps://x.no/in\n-->', []],
    ['escaped brackets are text', '\\[a\\](https://x.no/a)', ['https://x.no/a']],
    ['space before the destination: no inline link', '[a] (https://x.no/a)', ['https://x.no/a']],
    ['a link inside link text wins', '[ytre [indre](https://x.no/indre)](https://x.no/ytre)', ['https://x.no/indre', 'https://x.no/ytre']],
    ['fragment-only and empty targets', '[a](#topp) [b]() [c](<>)', []],
    ['javascript: and data:', '[a](javascript:alert(1)) ![b](data:image/png;base64,AAAA)', []],
    ['relative without base', '[a](rapport.pdf) ![b](/bilde.png)', []],
    ['inline HTML', '<a href="https://x.no/a">a</a> <img alt="b" src=\'https://x.no/b.png\'>', ['https://x.no/a', 'https://x.no/b.png']],
  ])('%s', (_name, markdown, expectedUrls) => {
    expect(urls(markdown)).toEqual(expectedUrls);
  });

  it('relative targets with a base', () => {
    expect(urls('[a](rapport.pdf) ![b](/bilde.png) [c](//cdn.x.no/c)', 'https://kom.no/nyhetsbrev/2022/')).toEqual([
      'https://kom.no/nyhetsbrev/2022/rapport.pdf',
      'https://kom.no/bilde.png',
      'https://cdn.x.no/c',
    ]);
  });

  it('gives each link the line where it starts, and a reference link the line where it is used', () => {
    const markdown = 'a\n\n[ref]: https://x.no/r\n\nb [x][ref]\nc ![i](https://x.no/i.png)\n\n[d\ne](https://x.no/de)';
    expect(extractMarkdownLinksFromString('a.md', markdown).map((link) => [link.location.line, link.url])).toEqual([
      [5, 'https://x.no/r'],
      [6, 'https://x.no/i.png'],
      [8, 'https://x.no/de'],
    ]);
  });
});
