import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { sourcesJsonSchema } from '../../src/config/json-schema.js';
import { loadConfig, parseConfig } from '../../src/config/load.js';

const valid = () => ({
  version: 1,
  sections: [{ id: 'greta', title: 'GRETA' }, { id: 'forskning', title: 'Forskning' }],
  sources: [
    { id: 'feed-a', name: 'A', section: 'greta', kind: 'feed', url: 'https://example.org/feed' },
    {
      id: 'html-b',
      name: 'B',
      section: 'forskning',
      kind: 'html',
      url: 'https://example.org/list',
      select: { item: 'li.item', link: 'a', date: '.date' },
    },
  ],
});

function issuesOf(mutate: (config: ReturnType<typeof valid> & Record<string, any>) => void): string[] {
  const config = valid() as ReturnType<typeof valid> & Record<string, any>;
  mutate(config);
  try {
    parseConfig(config);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
}

describe('parseConfig', () => {
  it('accepts a valid config and fills defaults', () => {
    const config = parseConfig(valid());
    expect(config.http.perHostDelayMs).toBe(1000);
    expect(config.sources[1]).toMatchObject({ enabled: true, ranking: { weight: 0, requireKeyword: false } });
  });

  it.each([
    ['unknown key', (c: any) => (c.sources[1].select.titel = 'h2'), 'sources[1].select.titel: unknown key'],
    ['unknown top-level key', (c: any) => (c.extra = 1), 'extra: unknown key'],
    ['wrong type', (c: any) => (c.sources[0].url = 42), 'sources[0].url:'],
    ['bad URL', (c: any) => (c.sources[0].url = 'ftp://example.org/x'), 'sources[0].url: must be an absolute http(s) URL'],
    ['not a URL', (c: any) => (c.sources[0].url = 'example.org/feed'), 'sources[0].url: must be an absolute http(s) URL'],
    ['duplicate id', (c: any) => (c.sources[1].id = 'feed-a'), 'sources[1].id: duplicate id "feed-a" (also sources[0])'],
    ['bad selector', (c: any) => (c.sources[1].select.date = 'span[[date'), 'sources[1].select.date: not a valid CSS selector'],
    ['unknown section', (c: any) => (c.sources[0].section = 'nope'), 'sources[0].section: unknown section "nope"'],
    [
      'keyword rule leaving out an unknown source',
      (c: any) => (c.ranking = { keywords: [{ label: 'x', weight: 1, terms: ['x'], notInSources: ['feed-b'] }] }),
      'ranking.keywords[0].notInSources[0]: unknown source "feed-b"',
    ],
    ['unknown kind', (c: any) => (c.sources[0].kind = 'rss'), 'sources[0].kind: kind must be one of feed, html, browser, sitemap, stortinget'],
    ['missing field', (c: any) => delete c.sources[1].select.item, 'sources[1].select.item:'],
    ['bad id', (c: any) => (c.sources[0].id = 'Feed A'), 'sources[0].id: lowercase letters, digits and dashes'],
  ])('%s is named with its path', (_name, mutate, expected) => {
    const issues = issuesOf(mutate);
    expect(issues.some((issue) => issue.startsWith(expected)), issues.join('\n')).toBe(true);
  });

  it('lists every problem at once', () => {
    const issues = issuesOf((c: any) => {
      c.sources[0].url = 'nope';
      c.sources[1].select.bogus = true;
    });
    expect(issues.length).toBe(2);
  });
});

describe('shipped files', () => {
  it('sources.json is valid', () => {
    const config = loadConfig('sources.json');
    expect(config.sources.length).toBeGreaterThanOrEqual(9);
  });

  it('sources.schema.json is the one the zod schema generates', () => {
    const shipped = JSON.parse(readFileSync('sources.schema.json', 'utf8'));
    expect(shipped).toEqual(sourcesJsonSchema());
  });

  it('sources.json points at the schema', () => {
    expect(JSON.parse(readFileSync('sources.json', 'utf8')).$schema).toBe('./sources.schema.json');
  });
});
