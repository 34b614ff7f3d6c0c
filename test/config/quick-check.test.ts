/**
 * The quick check (sources.schema.json, no zod) must agree with zod: every config zod accepts
 * and the quick check accepts comes out the same, defaults, key order and all; every config
 * zod refuses, the quick check refuses too, and the command line then shows zod's messages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError } from '../../src/config/errors.js';
import { checkValue, unknownKeywords, type JsonSchema } from '../../src/config/json-schema-check.js';
import { statedJsonSchema } from '../../src/config/json-schema.js';
import { parseConfig } from '../../src/config/load.js';
import { parseConfigQuickly, SCHEMA_FILE } from '../../src/config/load-quickly.js';
import { configSchema } from '../../src/config/schema.js';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema;

type Raw = Record<string, any>;

const base = (): Raw => ({
  version: 1,
  sections: [{ id: 'greta', title: 'GRETA' }, { id: 'forskning', title: 'Forskning' }],
  sources: [{ id: 'feed-a', name: 'A', section: 'greta', kind: 'feed', url: 'https://example.org/feed' }],
});

const html = (extra: Raw): Raw => ({ id: 'html-b', name: 'B', section: 'forskning', kind: 'html', url: 'https://example.org/list', ...extra });

function variant(change: (config: Raw) => void): Raw {
  const config = base();
  change(config);
  return config;
}

const VALID: Array<[string, Raw]> = [
  ['the smallest config (every top-level default)', base()],
  ['the shipped sources.json', JSON.parse(readFileSync('sources.json', 'utf8'))],
  ['html: select, pagination by next, detail', variant((c) => c.sources.push(html({ select: { item: 'li', link: 'a' }, pagination: { next: 'a.next' }, detail: { date: 'time' } })))],
  ['html: articles only, pagination by template', variant((c) => c.sources.push(html({ articles: { include: ['/a/'] }, pagination: { template: 'https://example.org/p/{page}', step: 20 } })))],
  ['browser with waitFor', variant((c) => c.sources.push(html({ kind: 'browser', select: { item: 'li', link: 'a' }, waitFor: '.list' })))],
  ['sitemap with patterns and detail', variant((c) => c.sources.push({ id: 's', name: 'S', section: 'greta', kind: 'sitemap', url: 'https://example.org/sitemap.xml', include: ['/x/'], detail: { metadata: false } }))],
  ['stortinget with its defaults', variant((c) => c.sources.push({ id: 'st', name: 'Stortinget', section: 'greta', kind: 'stortinget' }))],
  ['feed with an html fallback', variant((c) => (c.sources[0].fallback = { kind: 'html', url: 'https://example.org/l', articles: { include: ['/n/'] } }))],
  ['feed with a feed fallback and ignoreGuid', variant((c) => Object.assign(c.sources[0], { ignoreGuid: true, fallback: { kind: 'feed', url: 'http://example.org/f2' } }))],
  ['schedule in UTC, webhook with headers, e-mail', variant((c) => {
    c.schedule = { timezone: 'UTC', watch: '0 5 * * *' };
    c.alerts = { webhook: { url: 'https://hooks.example.org/x', headers: { Authorization: 'Bearer x' } }, email: { host: 'smtp.example.org', from: 'a@b.no', to: ['c@d.no'] } };
  })],
  ['ranking keywords, recency, review templates, links', variant((c) => {
    c.ranking = { keywords: [{ label: 'k', terms: ['menneskehandel*'], weight: 5, near: ['utnytte'], notInSources: ['feed-a'] }], recency: { weight: 3 } };
    c.review = { language: 'en', templates: { greta: '{title}' } };
    c.links = { archive: ['archive'], browserRecheck: { enabled: true }, exclude: ['^https://x\\.example/'] };
    c.http = { perHostDelayMs: 0, concurrency: 64, userAgent: 'x' };
  })],
  ['storage.retention: some days given, a file cap, the rest defaults', variant((c) => (c.storage = { retention: { runsDays: 30, digestFiles: 400 } }))],
  ['storage.retention switched off', variant((c) => (c.storage = { retention: { enabled: false } }))],
];

const INVALID: Array<[string, (config: Raw) => void]> = [
  ['an unknown top-level key', (c) => (c.extra = 1)],
  ['an unknown key in a source', (c) => (c.sources[0].urll = 'x')],
  ['an unknown kind', (c) => (c.sources[0].kind = 'rss')],
  ['an ftp URL', (c) => (c.sources[0].url = 'ftp://example.org/x')],
  ['a URL that is no URL', (c) => (c.sources[0].url = 'example.org/feed')],
  ['an unknown time zone', (c) => (c.schedule = { timezone: 'Mars/Olympus' })],
  ['pagination with neither next nor template', (c) => c.sources.push(html({ select: { item: 'li', link: 'a' }, pagination: { maxPages: 2 } }))],
  ['html with neither select nor articles', (c) => c.sources.push(html({}))],
  ['an html fallback with neither', (c) => (c.sources[0].fallback = { kind: 'html', url: 'https://example.org/l' })],
  ['a template without {page}', (c) => c.sources.push(html({ articles: { include: ['/a/'] }, pagination: { template: 'https://example.org/p' } }))],
  ['an id with capitals', (c) => (c.sources[0].id = 'Feed')],
  ['no sections', (c) => (c.sections = [])],
  ['concurrency 0', (c) => (c.http = { concurrency: 0 })],
  ['concurrency 257', (c) => (c.http = { concurrency: 257 })],
  ['retention days of 0', (c) => (c.storage = { retention: { runsDays: 0 } })],
  ['an unknown retention key', (c) => (c.storage = { retention: { keepForever: true } })],
  ['a fractional integer', (c) => (c.http = { retries: 1.5 })],
  ['timeoutSeconds 0 (must be positive)', (c) => (c.http = { timeoutSeconds: 0 })],
  ['an unknown language', (c) => (c.review = { language: 'de' })],
  ['a stortinget session that is none', (c) => c.sources.push({ id: 'st', name: 'S', section: 'greta', kind: 'stortinget', session: 'now' })],
  ['a missing name', (c) => delete c.sources[0].name],
  ['an empty name', (c) => (c.sources[0].name = '')],
  ['a header that is no string', (c) => (c.alerts = { webhook: { url: 'https://h.example.org/', headers: { X: 1 } } })],
  ['version 2', (c) => (c.version = 2)],
  ['sources that are no list', (c) => (c.sources = {})],
];

function zodMessage(value: unknown): string {
  try {
    parseConfig(value, 'sources.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'valid';
}

async function quickMessage(value: unknown): Promise<string> {
  try {
    await parseConfigQuickly(value, 'sources.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  return 'valid';
}

describe('the quick check of sources.json', () => {
  it('knows every word of the shipped sources.schema.json', () => {
    expect(unknownKeywords(schema)).toEqual([]);
  });

  it('refuses every value when the schema holds a word it does not know (control)', () => {
    expect(unknownKeywords({ type: 'array', contains: { type: 'string' } })).toEqual(['contains']);
    expect(checkValue({ type: 'array', contains: { type: 'string' } }, ['x'])).toEqual({ ok: false });
    expect(checkValue({ type: 'array', items: { type: 'string' } }, ['x'])).toEqual({ ok: true, value: ['x'] });
  });

  it.each(VALID)('accepts %s as zod does, with the same value', (_name, raw) => {
    const byZod = configSchema.parse(raw);
    const quick = checkValue(schema, raw);
    expect(quick.ok).toBe(true);
    expect(quick.ok && quick.value).toStrictEqual(byZod);
    expect(JSON.stringify(quick.ok && quick.value)).toBe(JSON.stringify(byZod));
  });

  it.each(INVALID)('refuses %s as zod does, and the error is zod\'s', async (_name, change) => {
    const raw = variant(change);
    expect(configSchema.safeParse(raw).success).toBe(false);
    expect(checkValue(schema, raw)).toEqual({ ok: false });
    const message = await quickMessage(raw);
    expect(message).toBe(zodMessage(raw));
    expect(message).toMatch(/^sources\.json: \d+ problems?\n {2}\S/);
  });

  it('gives the checks beyond the schema (a duplicate id) as loadConfig does', async () => {
    const raw = variant((c) => c.sources.push({ ...c.sources[0] }));
    expect(checkValue(schema, raw).ok).toBe(true);
    expect(await quickMessage(raw)).toBe(zodMessage(raw));
    expect(await quickMessage(raw)).toContain('sources[1].id: duplicate id "feed-a"');
  });

  it('leaves a "__proto__" key to zod', async () => {
    const raw = variant((c) => (c.review = JSON.parse('{"templates": {"__proto__": "{title}"}}')));
    expect(checkValue(schema, raw)).toEqual({ ok: false });
    expect(await quickMessage(raw)).toBe(zodMessage(raw));
  });

  it('hands a config to zod when there is no schema file to check against', async () => {
    expect(await parseConfigQuickly(base(), 'sources.json', '/nonexistent/sources.schema.json')).toStrictEqual(configSchema.parse(base()));
  });
});

describe('generating sources.schema.json', () => {
  it.each([
    ['a refinement it cannot state', z.strictObject({ a: z.string().refine((v) => v.length > 2) }), /refinement json-schema\.ts does not know/],
    ['a regex with flags', z.strictObject({ a: z.string().regex(/^x$/i) }), /has flags/],
    ['.default() of an object with fields', z.strictObject({ a: z.strictObject({ b: z.number().default(1) }).default({ b: 1 }) }), /use \.prefault\(\)/],
    ['.prefault() of a string', z.strictObject({ a: z.string().prefault('x') }), /use \.default\(\)/],
  ])('refuses %s', (_name, zodSchema, message) => {
    expect(() => statedJsonSchema(zodSchema)).toThrow(message);
  });

  it('states the refinements it knows', () => {
    expect(JSON.stringify(statedJsonSchema(configSchema))).toContain('"format":"http-url"');
    expect(JSON.stringify(statedJsonSchema(configSchema))).toContain('"anyOf":[{"required":["select"]},{"required":["articles"]}]');
  });
});
