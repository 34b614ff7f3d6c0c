/** The one rule for an article page's values against what an item already holds, for every kind. */
import { describe, expect, it } from 'vitest';
import { readDetailPage, type DetailFields } from '../../src/sources/detail-page.js';
import { heldStrength, isThinSummary, mergeDetail, pageMayImprove, prevails, THIN_SUMMARY_WORDS, type FieldSource, type ListedAs } from '../../src/sources/detail-precedence.js';
import type { RawItem } from '../../src/model.js';

describe('prevails', () => {
  const table: Array<[FieldSource, FieldSource | undefined, boolean]> = [
    ['detail-selector', undefined, true],
    ['detail-selector', 'listing', true],
    ['detail-selector', 'guess', true],
    ['listing', 'detail-selector', false],
    ['page-metadata', undefined, true],
    ['page-metadata', 'listing', false],
    ['page-metadata', 'guess', true],
    ['guess', 'page-metadata', false],
    ['page-metadata', 'page-metadata', false],
  ];
  it.each(table)('%s over %s → %s', (offered, held, wins) => {
    expect(prevails(offered, held)).toBe(wins);
  });
});

const TEASER = 'Rapporten beskriver regelverk, hjelpeapparat og hindringer for arbeidstakere som er grovt utnyttet.';
const BYLINE = 'Fafo-rapport 2022:12 Silje Sønsterudbråten, Anne Hege Strand';

describe('isThinSummary', () => {
  it.each([
    ['a Fafo byline: series, number, authors', BYLINE, true],
    ['a series label alone', 'Fafo-notat 2021:11', true],
    ['a short question teaser', 'Hva kjennetegner barnehager med lavt sykefravær?', true],
    ['a sentence of ten words or more', TEASER, false],
    [`exactly ${THIN_SUMMARY_WORDS} words`, 'en to tre fire fem seks sju åtte ni ti', false],
    [`${THIN_SUMMARY_WORDS - 1} words, punctuation between them not counted`, 'en – to – tre – fire – fem – seks – sju – åtte – ni', true],
  ])('%s', (_name, summary, thin) => {
    expect(isThinSummary(summary)).toBe(thin);
  });
});

describe('heldStrength', () => {
  it.each<[string, RawItem, 'title' | 'publishedRaw' | 'summary', ListedAs, FieldSource | undefined]>([
    ['a listing teaser is the listing\'s', { title: 'T', url: 'u', summary: TEASER }, 'summary', 'listing', 'listing'],
    ['a listing byline counts as a guess', { title: 'T', url: 'u', summary: BYLINE }, 'summary', 'listing', 'guess'],
    ['a short title is still the listing\'s', { title: 'Kort', url: 'u', summary: BYLINE }, 'title', 'listing', 'listing'],
    ['a sitemap guess stays a guess', { title: 'T', url: 'u', summary: TEASER }, 'summary', 'guess', 'guess'],
    ['nothing held', { title: 'T', url: 'u' }, 'summary', 'listing', undefined],
  ])('%s', (_name, item, field, listedAs, expected) => {
    expect(heldStrength(item, field, listedAs)).toBe(expected);
  });
});

describe('mergeDetail', () => {
  const listed: RawItem = { title: 'Listed title', url: 'https://a.no/x', publishedRaw: '1. mars 2026', summary: TEASER };
  const bare: RawItem = { title: 'Listed title', url: 'https://a.no/x' };
  const fromSelectors: DetailFields = { title: 'Page h1', publishedRaw: '2026-03-02', summary: 'Page lead', from: { title: 'selector', publishedRaw: 'selector', summary: 'selector' } };
  const fromMetadata: DetailFields = { title: 'og:title', publishedRaw: '2026-03-03T10:00:00Z', summary: 'og:description', from: { title: 'og', publishedRaw: 'json-ld', summary: 'og' } };
  const table: Array<[string, RawItem, ListedAs, DetailFields, Partial<RawItem>]> = [
    ['listing values beat page metadata', listed, 'listing', fromMetadata, { title: 'Listed title', publishedRaw: '1. mars 2026', summary: TEASER }],
    ['a listing byline gives way to the page description', { ...listed, summary: BYLINE }, 'listing', fromMetadata, { title: 'Listed title', publishedRaw: '1. mars 2026', summary: 'og:description' }],
    ['a listing byline stays when the page has no description', { ...listed, summary: BYLINE }, 'listing', { title: 'og:title', from: { title: 'og' } }, { title: 'Listed title', summary: BYLINE }],
    ['configured detail selectors beat listing values', listed, 'listing', fromSelectors, { title: 'Page h1', publishedRaw: '2026-03-02', summary: 'Page lead' }],
    ['page metadata fills what the listing lacks, not its title', bare, 'listing', fromMetadata, { title: 'Listed title', publishedRaw: '2026-03-03T10:00:00Z', summary: 'og:description' }],
    ['page metadata beats a sitemap guess (URL title, lastmod)', listed, 'guess', fromMetadata, { title: 'og:title', publishedRaw: '2026-03-03T10:00:00Z', summary: 'og:description' }],
    ['detail selectors beat a sitemap guess', listed, 'guess', fromSelectors, { title: 'Page h1', publishedRaw: '2026-03-02', summary: 'Page lead' }],
    ['a field the page lacks keeps the item value', listed, 'guess', { title: 'Only a title', from: { title: 'h1' } }, { title: 'Only a title', publishedRaw: '1. mars 2026', summary: TEASER }],
  ];
  it.each(table)('%s', (_name, item, listedAs, fields, expected) => {
    expect(mergeDetail(item, listedAs, fields)).toEqual({ ...item, ...expected });
  });
});

describe('pageMayImprove', () => {
  const dated: RawItem = { title: 'T', url: 'https://a.no/x', publishedRaw: '1. mars 2026', summary: TEASER };
  const undated: RawItem = { title: 'T', url: 'https://a.no/x' };
  const table: Array<[string, RawItem, ListedAs, Parameters<typeof pageMayImprove>[2], boolean]> = [
    ['a complete listed item, metadata only: nothing to gain', dated, 'listing', { metadata: true }, false],
    ['an undated listed item, metadata: its date', undated, 'listing', { metadata: true }, true],
    ['a dated listed item with only a byline, metadata: its description', { ...dated, summary: BYLINE }, 'listing', { metadata: true }, true],
    ['a dated listed item with only a byline, no metadata: nothing to read', { ...dated, summary: BYLINE }, 'listing', { metadata: false }, false],
    ['an undated listed item, no metadata and no selector: nothing to read', undated, 'listing', { metadata: false }, false],
    ['a complete listed item with a detail.title selector', dated, 'listing', { title: 'h1', metadata: true }, true],
    ['a complete listed item with a detail.date selector', dated, 'listing', { date: 'time', metadata: false }, true],
    ['a sitemap guess, metadata: anything on the page beats it', dated, 'guess', { metadata: true }, true],
    ['a sitemap guess without metadata or selectors', dated, 'guess', { metadata: false }, false],
  ];
  it.each(table)('%s', (_name, item, listedAs, rules, expected) => {
    expect(pageMayImprove(item, listedAs, rules)).toBe(expected);
  });
});

describe('an article page read and merged: the whole rule on real markup', () => {
  const html = `<html><head>
    <meta property="og:title" content="Rapport om menneskehandel (og:title)">
    <meta property="article:published_time" content="2026-03-04T08:00:00+01:00">
    <meta property="og:description" content="Kort om rapporten.">
    </head><body><h1 class="title">Rapport om menneskehandel</h1><p class="date">4. mars 2026</p></body></html>`;
  const item: RawItem = { title: 'rapport-om-menneskehandel', url: 'https://a.no/rapport-om-menneskehandel', publishedRaw: '2026-03-10' };

  it.each<[string, ListedAs, { title?: string; date?: string; metadata: boolean }, Partial<RawItem>]>([
    ['sitemap, metadata only', 'guess', { metadata: true }, { title: 'Rapport om menneskehandel (og:title)', publishedRaw: '2026-03-04T08:00:00+01:00', summary: 'Kort om rapporten.' }],
    ['sitemap, selectors and metadata', 'guess', { title: 'h1.title', date: '.date', metadata: true }, { title: 'Rapport om menneskehandel', publishedRaw: '4. mars 2026', summary: 'Kort om rapporten.' }],
    ['listing, metadata only', 'listing', { metadata: true }, { title: 'rapport-om-menneskehandel', publishedRaw: '2026-03-10', summary: 'Kort om rapporten.' }],
    ['listing, a date selector', 'listing', { date: '.date', metadata: true }, { title: 'rapport-om-menneskehandel', publishedRaw: '4. mars 2026', summary: 'Kort om rapporten.' }],
  ])('%s', (_name, listedAs, rules, expected) => {
    expect(mergeDetail(item, listedAs, readDetailPage(html, rules))).toEqual({ ...item, ...expected });
  });
});
