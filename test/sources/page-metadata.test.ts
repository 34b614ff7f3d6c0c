/** The metadata picker, table-driven: which field wins, from where, on pages as CMSes write them. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { readPageMetadata, type MetadataOrigin } from '../../src/sources/page-metadata.js';

const page = (head: string, body = ''): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

interface Row {
  name: string;
  html: string;
  published?: [string, MetadataOrigin];
  title?: [string, MetadataOrigin];
  summary?: [string, MetadataOrigin];
}

const rows: Row[] = [
  {
    name: 'JSON-LD NewsArticle gives all three',
    html: page(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'GRETA visits Norway', datePublished: '2024-09-24T10:00:00+02:00', description: 'The delegation met officials.' })),
    published: ['2024-09-24T10:00:00+02:00', 'json-ld'],
    title: ['GRETA visits Norway', 'json-ld'],
    summary: ['The delegation met officials.', 'json-ld'],
  },
  {
    name: 'a later dateModified never wins over datePublished',
    html: page(ld({ '@type': 'Article', headline: 'Old report', dateModified: '2026-11-30', datePublished: '2021-06-09' })),
    published: ['2021-06-09', 'json-ld'],
  },
  {
    name: 'dateModified alone is no publication date: the page text decides',
    html: page(ld({ '@type': 'Article', dateModified: '2026-11-30' }), '<main><h1>Rapport</h1><p>Publisert 8. juni 2022</p></main>'),
    published: ['Publisert 8. juni 2022', 'labelled-text'],
  },
  {
    name: 'JSON-LD inside @graph, beside a WebSite and a BreadcrumbList',
    html: page(
      ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Fafo' }, { '@type': 'BreadcrumbList', name: 'Crumbs' }, { '@type': ['Report'], name: 'Arbeidsinnvandring', datePublished: '2023-02-01' }] }),
    ),
    published: ['2023-02-01', 'json-ld'],
    title: ['Arbeidsinnvandring', 'json-ld'],
  },
  {
    name: 'broken JSON-LD is skipped, Open Graph used',
    html: page('<script type="application/ld+json">{"@type": "Article", "headline": </script><meta property="og:title" content="OG title"><meta property="article:published_time" content="2024-03-13T09:00:00Z"><meta property="og:description" content="OG description">'),
    published: ['2024-03-13T09:00:00Z', 'article:published_time'],
    title: ['OG title', 'og'],
    summary: ['OG description', 'og'],
  },
  {
    name: 'Dublin Core (any case) when there is no Open Graph date',
    html: page('<meta name="DC.date.issued" content="2022-06-30"><meta name="DC.title" content="DC title"><meta name="description" content="Meta description">'),
    published: ['2022-06-30', 'dublin-core'],
    title: ['DC title', 'dublin-core'],
    summary: ['Meta description', 'meta'],
  },
  {
    name: 'itemprop datePublished on a time element',
    html: page('', '<article><h1>T</h1><time itemprop="datePublished" datetime="2024-01-31">31.1.2024</time></article>'),
    published: ['2024-01-31', 'itemprop'],
  },
  {
    name: '"Publication date:" label (Fafo) beats a <time> in the sidebar',
    html: page('', '<main><h1>Fafo-rapport 2021:11</h1><p>Authors</p><div><span>Publication date:</span> <span>9. June 2021</span></div></main><aside><time datetime="2026-01-01">news</time></aside>'),
    published: ['Publication date: 9. June 2021', 'labelled-text'],
  },
  {
    name: 'a plain <time datetime> in the article',
    html: page('', '<article><h1>Title</h1><p>Text</p><time datetime="2023-06-06">6 June 2023</time></article>'),
    published: ['2023-06-06', 'time-element'],
  },
  {
    name: 'a date written just above the h1 (HEUNI: "31.1.2024 | News item")',
    html: page('<title>Page</title>', '<div><p>31.1.2024 | News item</p><h1>New report on labour trafficking</h1><p>Body text that is long enough to be a summary paragraph for the reader.</p></div>'),
    published: ['31.1.2024 | News item', 'near-h1'],
    title: ['New report on labour trafficking', 'h1'],
    summary: ['Body text that is long enough to be a summary paragraph for the reader.', 'first-paragraph'],
  },
  {
    name: 'a date in a small child of the element after the h1 (coe.int)',
    html: page('', '<div class="x"><h1>GRETA publishes its report</h1><div class="y"><span>24 September 2024</span> <span>Strasbourg</span> <p>A long paragraph that goes on about the report and is well over eighty characters long, as real ones are.</p></div></div>'),
    published: ['24 September 2024', 'near-h1'],
  },
  {
    name: 'navigation and footer dates are not the article\'s',
    html: page('', '<nav><span>Published: 1. januar 2020</span></nav><main><h1>Tittel</h1></main><footer><p>Published: 2. januar 2020</p></footer>'),
  },
  {
    name: 'an article\'s own <header> is not page furniture',
    html: page('', '<header><p>Published: 1. januar 2020</p></header><article><header><h1>Tittel</h1><p>Publisert: 3.7.2026</p></header></article>'),
    published: ['Publisert: 3.7.2026', 'labelled-text'],
  },
  {
    name: 'nothing at all: only the <title>',
    html: page('<title>Only a title</title>'),
    title: ['Only a title', 'title-element'],
  },
];

describe('readPageMetadata', () => {
  it.each(rows)('$name', (row) => {
    const meta = readPageMetadata(load(row.html));
    expect(meta.published ? [meta.published.value, meta.published.from] : undefined).toEqual(row.published);
    if (row.title) expect([meta.title?.value, meta.title?.from]).toEqual(row.title);
    if (row.summary) expect([meta.summary?.value, meta.summary?.from]).toEqual(row.summary);
  });
});
