import { describe, expect, it } from 'vitest';
import { anchorMadeByScript, hasAnchor, isJudgeableFragment } from '../../src/links/fragment.js';

const page = `<!doctype html><html><head><title>Rapport</title></head><body>
<main>
  <h2 id="section">Funn</h2>
  <a name="old-anchor"></a>
  <section id='single-quoted'></section>
  <div id=unquoted></div>
  <h3 id="søk">Søk</h3>
  <h3 id="a&amp;b">A og B</h3>
  <p name="not-an-anchor">Only a's name counts.</p>
  <h3 id="CaseSensitive"></h3>
</main></body></html>`;

describe('hasAnchor', () => {
  it.each([
    ['id (double quotes)', 'section', true],
    ['id with its "#"', '#section', true],
    ['<a name>', 'old-anchor', true],
    ['id (single quotes)', 'single-quoted', true],
    ['id (unquoted)', 'unquoted', true],
    ['percent-encoded non-ASCII id', 's%C3%B8k', true],
    ['raw non-ASCII id', 'søk', true],
    ['entity in the id', 'a%26b', true],
    ['missing', 'missing', false],
    ['name on an element other than <a>', 'not-an-anchor', false],
    ['ids are case-sensitive', 'casesensitive', false],
    ['empty fragment: top of the page', '', true],
    ['"top": top of the page', 'top', true],
    ['malformed percent-encoding', '%E0%A4%A', false],
  ])('%s: #%s → %s', (_name, fragment, expected) => {
    expect(hasAnchor(page, fragment)).toBe(expected);
  });

  it('is fast on a 500 KB page, found or not', () => {
    const filler = '<div class="row" id="r"><p>Menneskehandel og arbeidslivskriminalitet i Norge.</p></div>\n'.repeat(6500);
    const big = `<html><head><title>Stor</title></head><body>${filler}<h2 id="near-the-end">Slutt</h2><h2 id="søk-2">Søk</h2>${filler.slice(0, 20000)}</body></html>`;
    expect(big.length).toBeGreaterThan(500_000);
    hasAnchor(big, 'warm-up'); // the first call compiles the regular expressions
    for (const [fragment, expected] of [
      ['near-the-end', true],
      ['no-such-anchor', false],
      ['row', false], // occurs 6500 times, never as an anchor
      ['s%C3%B8k-2', true],
      ['s%C3%B8k-3', false],
    ] as const) {
      const started = performance.now();
      expect(hasAnchor(big, fragment)).toBe(expected);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });
});

describe('isJudgeableFragment', () => {
  it.each([
    ['section', true],
    ['#section', true],
    ['745d9e8a', true],
    ['link-30575', true],
    ['!/sak/1', false],
    ['/sak/1', false],
    ['document/TRSTR/avgjorelse/thedm-2020-52736', false],
    [':~:text=menneskehandel', false],
    ['page=3', false],
    ['', false],
    ['top', false],
  ])('#%s → %s', (fragment, expected) => {
    expect(isJudgeableFragment(fragment)).toBe(expected);
  });
});

describe('anchorMadeByScript', () => {
  it.each([
    ['a tab that links to the fragment', '<html><body><h1>UDI</h1><p>' + 'tekst '.repeat(100) + '</p><a href="#link-30575">Vis</a></body></html>', 'link-30575', 'refers to'],
    ['aria-controls', '<html><body><p>' + 'tekst '.repeat(100) + '</p><button aria-controls="panel-2">Vis</button></body></html>', 'panel-2', 'refers to'],
    ['an app shell', '<html><head><script src="/app.js"></script></head><body><div id="root"></div></body></html>', 'x', 'app shell'],
    ['an ordinary page', '<html><body><h1>Rapport</h1><p>' + 'tekst '.repeat(100) + '</p><script>var a=1</script></body></html>', 'x', undefined],
  ])('%s', (_name, html, fragment, expected) => {
    const reason = anchorMadeByScript(html, fragment);
    if (expected === undefined) expect(reason).toBeUndefined();
    else expect(reason).toContain(expected);
  });
});
