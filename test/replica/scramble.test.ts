import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { scrambledSite, scrambleHtml } from './scramble.js';
import { sites } from '../../src/demo/sites/index.js';
import type { ReplicaSite } from '../../src/demo/types.js';

const page = `<!DOCTYPE html><html><head><style>.listItem { color: red }</style></head><body class="page-search">
<label for="mainsearch" class="visuallyhidden">Søk</label><input id="mainsearch" aria-describedby="hint help">
<p id="hint">Hint</p><p id="help">Help</p>
<ul class="listing" id="searchResultsListing">
  <li class="listItem"><h2 class="title"><a href="/no/dokumenter/a/id1/" class='title-link'>Første</a></h2><span class="date">03.07.2026</span></li>
  <li class="listItem"><h2 class="title"><a href="/no/dokumenter/b/id2/#searchResultsListing">Andre</a></h2><span class="date">02.07.2026</span></li>
</ul>
<script>var html = '<div class="asset-abstract">' + "<h3 class=\\"asset-title\\">x</h3>";</script>
</body></html>`;

const classesOf = (html: string): string[] => {
  const $ = load(html);
  return $('[class]').toArray().flatMap((el) => ($(el).attr('class') ?? '').split(/\s+/).filter(Boolean));
};
const idsOf = (html: string): string[] => {
  const $ = load(html);
  return $('[id]').toArray().map((el) => $(el).attr('id') ?? '');
};

describe('scrambleHtml', () => {
  const out = scrambleHtml(page, { seed: 7 });

  it('renames every class token and every id', () => {
    const before = new Set(classesOf(page));
    const after = classesOf(out);
    expect(after.length).toBe(classesOf(page).length);
    expect(after.length).toBeGreaterThan(5);
    expect(after.filter((c) => before.has(c))).toEqual([]);
    const beforeIds = new Set(idsOf(page));
    const afterIds = idsOf(out);
    expect(afterIds.length).toBe(4);
    expect(afterIds.filter((id) => beforeIds.has(id))).toEqual([]);
  });

  it('renames consistently within the document, references to ids included', () => {
    const $ = load(out);
    const items = $('li').toArray().map((el) => $(el).attr('class'));
    expect(items.length).toBe(2);
    expect(items[0]).toBe(items[1]);
    expect($('label').attr('for')).toBe($('input').attr('id'));
    expect($('input').attr('aria-describedby')).toBe(`${$('p').eq(0).attr('id')} ${$('p').eq(1).attr('id')}`);
  });

  it('renames class attributes written inside script strings too', () => {
    const script = load(out)('script').text();
    expect(script).not.toContain('asset-abstract');
    expect(script).not.toContain('asset-title');
    expect(script).toMatch(/<div class="c[0-9a-z]{6}">/);
  });

  it('leaves text, hrefs and styles alone', () => {
    // Script text is code, not text: its class strings are meant to change.
    const text = (html: string): string => {
      const $ = load(html);
      $('script').remove();
      return $('body').text();
    };
    expect(text(out)).toBe(text(page));
    const hrefs = (html: string): string[] => load(html)('a').toArray().map((el) => load(html)(el).attr('href') ?? '');
    expect(hrefs(out)).toEqual(['/no/dokumenter/a/id1/', '/no/dokumenter/b/id2/#searchResultsListing']);
    expect(out).toContain('<style>.listItem { color: red }</style>');
  });

  it('is reproducible with a seed and random without one', () => {
    expect(scrambleHtml(page, { seed: 7 })).toBe(out);
    expect(scrambleHtml(page, { seed: 8 })).not.toBe(out);
    expect(scrambleHtml(page)).not.toBe(scrambleHtml(page));
  });
});

describe('scrambledSite', () => {
  const state = { day: 1, today: new Date('2026-03-18T10:30:00Z') };
  const request = (host: string, path: string) => ({
    method: 'GET',
    host,
    path,
    query: new URLSearchParams(),
    headers: {},
    scheme: 'https' as const,
  });
  const site = (name: string): ReplicaSite => sites.find((s) => s.name === name)!;

  it('scrambles HTML answers of the chosen hosts only, and passes feeds through', () => {
    const heuni = scrambledSite(site('heuni'), ['heuni.fi'], { seed: 1 });
    const plain = site('heuni').handle(request('heuni.fi', '/news'), state)!;
    const scrambled = heuni.handle(request('heuni.fi', '/news'), state)!;
    expect(scrambled.status).toBe(200);
    expect(scrambled.body).not.toBe(plain.body);
    expect(load(String(scrambled.body))('body').text()).toBe(load(String(plain.body))('body').text());
    expect(heuni.handle(request('www.heuni.fi', '/news'), state)!.body).toBe(plain.body);
    const sitemap = heuni.handle(request('heuni.fi', '/sitemap.xml'), state)!;
    expect(sitemap.body).toBe(site('heuni').handle(request('heuni.fi', '/sitemap.xml'), state)!.body);
    expect(heuni.handle(request('heuni.fi', '/no/such/page'), state)).toBeNull();
  });
});
