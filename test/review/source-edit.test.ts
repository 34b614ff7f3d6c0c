/** Editing one source from the Kilder tab: form → edit → the entry as written, and problems placed by field. */
import { describe, expect, it } from 'vitest';
import { applyEdit, configText, editOfForm, editOfSource, fieldOfIssue, listingPlace, placeIssues, type JsonObject, type SourceEdit } from '../../src/review/source-edit.js';

const heuni: JsonObject = {
  id: 'heuni',
  name: 'HEUNI – nyheter',
  section: 'norden',
  kind: 'html',
  url: 'https://heuni.fi/news',
  articles: { include: ['^https://heuni\\.fi/-/[^/?#]+(?:[?#]|$)'], exclude: [] },
  ranking: { weight: 2 },
  notes: 'kept as it is',
};

const emptySelect = { item: '', title: '', link: '', date: '', summary: '' };

function form(fields: Record<string, string>): URLSearchParams {
  return new URLSearchParams(fields);
}

describe('editOfForm reads the posted fields', () => {
  it.each([
    ['everything given', { section: 'norden', weight: '3', enabled: 'on', include: 'a\nb', exclude: 'c', 'select.item': ' .x ' }, { section: 'norden', weight: 3, enabled: true, include: ['a', 'b'], exclude: ['c'], select: { ...emptySelect, item: '.x' } }],
    ['an unchecked box and an empty weight', { section: 'norden', weight: '' }, { section: 'norden', weight: 0, enabled: false, include: [], exclude: [], select: emptySelect }],
    ['a Norwegian decimal comma and minus sign', { section: 's', weight: '−1,5', enabled: 'on' }, { section: 's', weight: -1.5, enabled: true, include: [], exclude: [], select: emptySelect }],
    ['a weight that is no number (kept for the schema to refuse)', { section: 's', weight: 'mye', enabled: 'on' }, { section: 's', weight: 'mye', enabled: true, include: [], exclude: [], select: emptySelect }],
    ['blank lines and Windows line ends in patterns', { section: 's', include: 'a\r\n\r\n  b  \r\n', enabled: 'on' }, { section: 's', weight: 0, enabled: true, include: ['a', 'b'], exclude: [], select: emptySelect }],
  ] as const)('%s', (_name, fields, expected) => {
    expect(editOfForm(form(fields))).toEqual(expected);
  });
});

describe('applyEdit changes only the fields that changed', () => {
  const unchanged = editOfSource(heuni);
  it.each<[string, Partial<SourceEdit>, JsonObject]>([
    ['nothing changed', {}, heuni],
    ['the section', { section: 'forskning' }, { ...heuni, section: 'forskning' }],
    ['the weight', { weight: 5 }, { ...heuni, ranking: { weight: 5 } }],
    ['disabled', { enabled: false }, { ...heuni, enabled: false }],
    ['an exclude pattern', { exclude: ['/tag/'] }, { ...heuni, articles: { include: heuni.articles && (heuni.articles as JsonObject).include, exclude: ['/tag/'] } }],
    [
      'selectors added',
      { select: { item: 'article.ds-card', title: '', link: 'h2 a', date: 'time', summary: '' } },
      { ...heuni, select: { item: 'article.ds-card', link: 'h2 a', date: 'time' } },
    ],
    ['patterns removed', { include: [], exclude: [] }, Object.fromEntries(Object.entries(heuni).filter(([key]) => key !== 'articles'))],
  ])('%s', (_name, change, expected) => {
    const result = applyEdit(heuni, { ...unchanged, ...change });
    expect(result).toEqual(expected);
    // Key order as written: a change never moves a key.
    expect(Object.keys(result).filter((key) => key in heuni)).toEqual(Object.keys(heuni).filter((key) => key in result));
  });

  it('writes no defaults the file left out (enabled, weight 0)', () => {
    const bare: JsonObject = { id: 'f', name: 'F', section: 's', kind: 'feed', url: 'https://f.example/rss' };
    expect(applyEdit(bare, editOfSource(bare))).toEqual(bare);
  });

  it('edits a feed’s html fallback, and a sitemap’s URL filters', () => {
    const feed: JsonObject = { id: 'f', name: 'F', section: 's', kind: 'feed', url: 'https://f.example/rss', fallback: { kind: 'html', url: 'https://f.example/', articles: { include: ['/a/'] } } };
    expect(listingPlace(feed)).toBe('fallback');
    expect(applyEdit(feed, { ...editOfSource(feed), include: ['/b/'] }).fallback).toEqual({ kind: 'html', url: 'https://f.example/', articles: { include: ['/b/'] } });
    const sitemap: JsonObject = { id: 'm', name: 'M', section: 's', kind: 'sitemap', url: 'https://m.example/sitemap.xml', include: ['/news/'] };
    expect(listingPlace(sitemap)).toBe('sitemap');
    expect(applyEdit(sitemap, { ...editOfSource(sitemap), exclude: ['/old/'] })).toEqual({ ...sitemap, exclude: ['/old/'] });
  });

  it('leaves the entry it was given alone', () => {
    const before = structuredClone(heuni);
    applyEdit(heuni, { ...unchanged, section: 'x', select: { ...emptySelect, item: '.y', link: 'a' } });
    expect(heuni).toEqual(before);
  });

  it('writes 2-space JSON with a final newline', () => {
    expect(configText({ a: [1], b: { c: true } })).toBe('{\n  "a": [\n    1\n  ],\n  "b": {\n    "c": true\n  }\n}\n');
  });
});

describe('a loader problem is shown next to its field', () => {
  it.each([
    ['sources[4].section', 'section'],
    ['sources[4].ranking.weight', 'weight'],
    ['sources[4].enabled', 'enabled'],
    ['sources[4].articles.include[0]', 'include'],
    ['sources[4].articles.include', 'include'],
    ['sources[4].articles', 'include'],
    ['sources[4].articles.exclude[2]', 'exclude'],
    ['sources[4].fallback.articles.include[0]', 'include'],
    ['sources[4].include[1]', 'include'],
    ['sources[4].select.date', 'select.date'],
    ['sources[4].select', 'select.item'],
    ['sources[4].url', null],
    ['sources[5].section', null],
    ['sections[0].id', null],
  ] as const)('%s → %s', (path, field) => {
    expect(fieldOfIssue(path, 4)).toBe(field);
  });

  it('keeps the problems elsewhere in the file listed with their path', () => {
    const placed = placeIssues(
      [
        { path: 'sources[1].select.item', message: 'a' },
        { path: 'sources[1].select.item', message: 'b' },
        { path: 'links.exclude[0]', message: 'c' },
      ],
      1,
      (message) => message.toUpperCase(),
    );
    expect(placed.byField).toEqual({ 'select.item': ['A', 'B'] });
    expect(placed.elsewhere).toEqual([{ path: 'links.exclude[0]', message: 'C' }]);
  });
});
