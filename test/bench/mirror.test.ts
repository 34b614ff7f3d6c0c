/**
 * The bench's mirrors must move every absolute URL of the mirrored web to the mirror's hosts —
 * in bodies, in headers and in the source configs — or a scaled-up run measures the original
 * hosts' spacing (as a sitemap index's child URLs once made it do).
 */
import { describe, expect, it } from 'vitest';
import { mirror, mirrorConfigString, mirrorSource, rewriteBody, rewriteHeaders, rewriteUrls, unmirrorUrls } from '../../bench/mirror.js';
import type { Source } from '../../src/config/schema.js';
import type { ReplicaResponse, ReplicaSite } from '../../src/demo/types.js';

const HOSTS = ['heuni.fi', 'www.heuni.fi', 'data.stortinget.no', 'www.stortinget.no'];

describe('rewriteUrls', () => {
  it.each([
    ['a sitemap index child', '<loc>https://heuni.fi/sitemap-news.xml</loc>', '<loc>https://m1.heuni.fi/sitemap-news.xml</loc>'],
    ['plain http', 'http://heuni.fi/a', 'http://m1.heuni.fi/a'],
    ['scheme-relative', '<a href="//www.heuni.fi/x">', '<a href="//m1.www.heuni.fi/x">'],
    ['JSON-escaped slashes', '"url":"https:\\/\\/data.stortinget.no\\/eksport\\/saker"', '"url":"https:\\/\\/m1.data.stortinget.no\\/eksport\\/saker"'],
    ['upper-case host', 'https://HEUNI.FI/a', 'https://m1.HEUNI.FI/a'],
    ['with a port', 'https://heuni.fi:443/a', 'https://m1.heuni.fi:443/a'],
    ['the bare origin', 'see https://www.stortinget.no', 'see https://m1.www.stortinget.no'],
    ['several in one text', 'https://heuni.fi/a https://www.stortinget.no/b', 'https://m1.heuni.fi/a https://m1.www.stortinget.no/b'],
    ['a host of another web stays', 'https://example.org/heuni.fi', 'https://example.org/heuni.fi'],
    ['a longer host that only starts alike stays', 'https://heuni.fish/a', 'https://heuni.fish/a'],
    ['a sub-domain not in the web stays', 'https://news.heuni.fi/a', 'https://news.heuni.fi/a'],
    ['a relative URL stays', '<a href="/-/item">', '<a href="/-/item">'],
    ['a host named in text, not a URL, stays', 'heuni.fi publishes', 'heuni.fi publishes'],
  ])('%s', (_, input, expected) => {
    expect(rewriteUrls(input, 'm1', HOSTS)).toBe(expected);
  });

  it('is undone by unmirrorUrls (what a client sends back: Referer, Origin)', () => {
    const text = 'https://heuni.fi/a //www.stortinget.no/b https://example.org/c';
    expect(rewriteUrls(text, 'm2', HOSTS)).not.toBe(text);
    expect(unmirrorUrls(rewriteUrls(text, 'm2', HOSTS), 'm2', HOSTS)).toBe(text);
  });
});

describe('rewriteHeaders', () => {
  it.each([
    ['Location of a redirect', { location: 'https://www.heuni.fi/news' }, { location: 'https://m1.www.heuni.fi/news' }],
    ['Link header', { link: '<https://heuni.fi/feed>; rel="alternate"' }, { link: '<https://m1.heuni.fi/feed>; rel="alternate"' }],
    ['a cookie for the host', { 'set-cookie': 'sid=1; Domain=.heuni.fi; Path=/' }, { 'set-cookie': 'sid=1; Domain=.m1.heuni.fi; Path=/' }],
    ['a cookie for another domain stays', { 'set-cookie': 'sid=1; Domain=example.org' }, { 'set-cookie': 'sid=1; Domain=example.org' }],
    ['other headers stay', { 'content-type': 'text/html', 'retry-after': '5' }, { 'content-type': 'text/html', 'retry-after': '5' }],
  ])('%s', (_, input, expected) => {
    expect(rewriteHeaders(input, 'm1', HOSTS)).toEqual(expected);
  });
});

describe('rewriteBody', () => {
  it.each([
    ['a string body', 'https://heuni.fi/a', undefined, 'https://m1.heuni.fi/a'],
    ['an XML Buffer', Buffer.from('<loc>https://heuni.fi/a</loc>'), 'application/xml', '<loc>https://m1.heuni.fi/a</loc>'],
    ['an RSS Buffer', Buffer.from('<link>https://heuni.fi/a</link>'), 'application/rss+xml; charset=utf-8', '<link>https://m1.heuni.fi/a</link>'],
    ['a PDF stays byte for byte', Buffer.from('%PDF-1.4 https://heuni.fi/a'), 'application/pdf', '%PDF-1.4 https://heuni.fi/a'],
  ])('%s', (_, body, contentType, expected) => {
    const out = rewriteBody(body, contentType, 'm1', HOSTS);
    expect(Buffer.isBuffer(out) ? out.toString('latin1') : out).toBe(expected);
  });

  it('keeps a windows-1252 page\'s other bytes as they were', () => {
    const page = Buffer.concat([Buffer.from('<a href="https://heuni.fi/'), Buffer.from([0xe6, 0xf8, 0xe5]), Buffer.from('">')]);
    const out = rewriteBody(page, 'text/html; charset=windows-1252', 'm1', HOSTS) as Buffer;
    expect([...out.subarray(out.length - 5, out.length - 2)]).toEqual([0xe6, 0xf8, 0xe5]);
    expect(out.toString('latin1')).toContain('https://m1.heuni.fi/');
  });
});

describe('mirrorConfigString', () => {
  it.each([
    ['a source URL', 'https://heuni.fi/sitemap.xml', 'https://m1.heuni.fi/sitemap.xml'],
    ['a pagination template', 'https://www.heuni.fi/news?page={page}', 'https://m1.www.heuni.fi/news?page={page}'],
    ['a link pattern', '^https://heuni\\.fi/-/[^/?#]+$', '^https://m1\\.heuni\\.fi/-/[^/?#]+$'],
    ['a pattern with an optional www', '^https://(?:www\\.)?fafo\\.no/x', '^https://m1\\.(?:www\\.)?fafo\\.no/x'],
    ['a value that names no URL', 'current', 'current'],
  ])('%s', (_, input, expected) => {
    expect(mirrorConfigString(input, 'm1', HOSTS)).toBe(expected);
    if (input.includes('\\.')) expect(new RegExp(mirrorConfigString(input, 'm1', HOSTS)).test(`https://m1.heuni.fi/-/item`)).toBe(input.includes('heuni'));
  });

  it('moves a whole source: its id, URLs and patterns, but not its name or notes', () => {
    const source = { id: 'heuni', name: 'https://heuni.fi', section: 's', kind: 'sitemap', url: 'https://heuni.fi/sitemap.xml', include: ['^https://heuni\\.fi/-/'], notes: 'see https://heuni.fi', enabled: true } as unknown as Source;
    expect(mirrorSource(source, 'm3', HOSTS)).toEqual({ ...source, id: 'heuni-m3', url: 'https://m3.heuni.fi/sitemap.xml', include: ['^https://m3\\.heuni\\.fi/-/'] });
    expect(mirrorSource(source, null, HOSTS)).toBe(source);
  });
});

describe('mirror', () => {
  const seen: Array<{ host: string; referer: string | undefined; hostHeader: string | undefined }> = [];
  const site: ReplicaSite = {
    name: 'heuni',
    hosts: ['heuni.fi', 'www.heuni.fi'],
    handle(request): ReplicaResponse {
      seen.push({ host: request.host, referer: request.headers.referer, hostHeader: request.headers.host });
      if (request.path === '/old') return { status: 301, headers: { location: 'https://heuni.fi/new' }, body: '' };
      return { status: 200, headers: { 'content-type': 'application/xml' }, body: '<sitemapindex><sitemap><loc>https://heuni.fi/news.xml</loc></sitemap></sitemapindex>', delayMs: 7 };
    },
  };
  const copy = mirror(site, 'm1', HOSTS);
  const state = { day: 1, today: new Date('2026-12-01T12:00:00Z') };
  const ask = (path: string) =>
    copy.handle({ method: 'GET', host: 'm1.heuni.fi', path, query: new URLSearchParams(), headers: { host: 'm1.heuni.fi', referer: 'https://m1.www.heuni.fi/news' }, scheme: 'https' }, state);

  it('answers on the prefixed hosts, the site seeing its own host and headers', () => {
    expect(copy.hosts).toEqual(['m1.heuni.fi', 'm1.www.heuni.fi']);
    ask('/sitemap.xml');
    expect(seen.at(-1)).toEqual({ host: 'heuni.fi', referer: 'https://www.heuni.fi/news', hostHeader: 'heuni.fi' });
  });

  it('sends the client to the mirror in bodies and redirects, keeping the rest of the answer', () => {
    expect(ask('/sitemap.xml')).toEqual({ status: 200, headers: { 'content-type': 'application/xml' }, body: '<sitemapindex><sitemap><loc>https://m1.heuni.fi/news.xml</loc></sitemap></sitemapindex>', delayMs: 7 });
    expect(ask('/old')).toMatchObject({ status: 301, headers: { location: 'https://m1.heuni.fi/new' } });
  });
});
