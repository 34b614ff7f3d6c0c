import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { boundHtml } from '../../src/sources/html-bounds.js';

const limitNesting = (html: string, maxDepth: number) => boundHtml(html, { maxDepth, maxElements: 1_000_000 });

describe('boundHtml: depth', () => {
  it.each([
    ['flat list', '<ul><li><a href="/a">A</a><li><a href="/b">B</a></ul>', 3],
    ['closed list items', '<ul><li>a</li><li>b</li></ul>', 2],
    ['unclosed paragraphs do not nest', '<div>' + '<p>x'.repeat(1000) + '</div>', 2],
    ['unclosed table cells do not nest', '<table>' + '<tr><td>a<td>b'.repeat(500) + '</table>', 3],
    ['void elements open nothing', '<div>' + '<br><img src="x"><input>'.repeat(100) + '</div>', 1],
    ['self-closing inside svg', '<svg>' + '<path d="M0"/>'.repeat(100) + '</svg>', 1],
    ['script text is not markup', '<div><script>if (a<b) document.write("<div><div><div>")</script></div>', 2],
    ['comments are skipped', '<div><!-- <div><div> --></div>', 1],
    ['a > in an attribute value', '<div title="a>b"><span>x</span></div>', 2],
    ['nested divs', '<div>'.repeat(50) + 'x' + '</div>'.repeat(50), 50],
    ['<div/> in HTML still opens a div', '<div/>'.repeat(30), 30],
  ])('%s', (_name, html, depth) => {
    expect(limitNesting(html, 1000).depth).toBe(depth);
  });

  it('leaves a page within the limit as it is (the same string)', () => {
    const html = '<html><body><ul><li><a href="/a">A</a></li></ul></body></html>';
    const result = limitNesting(html, 10);
    expect(result).toEqual({ html, depth: 5, dropped: 0, elements: 5, cut: false });
  });

  it('drops the tags past the limit and their close tags, keeping their text and what follows', () => {
    const html = `<body>${'<div>'.repeat(10)}deep${'</div>'.repeat(10)}<p><a href="/after">After</a></p></body>`;
    const result = limitNesting(html, 4);
    expect(result.dropped).toBe(7);
    expect(result.depth).toBe(11);
    expect(result.html).toBe('<body><div><div><div>deep</div></div></div><p><a href="/after">After</a></p></body>');
    const $ = load(result.html);
    expect($('a').attr('href')).toBe('/after');
    expect($('body').text()).toBe('deepAfter');
  });

  it('flattens 200,000 nested divs to the limit', () => {
    const html = `<html><body>${'<div>'.repeat(200_000)}x${'</div>'.repeat(200_000)}</body></html>`;
    const result = limitNesting(html, 256);
    expect(result.depth).toBe(200_002);
    expect(result.dropped).toBe(200_002 - 256);
    expect(load(result.html)('div').length).toBe(254);
  });
});

describe('boundHtml: size', () => {
  it.each([
    ['within the cap', '<ul><li>a</li><li>b</li></ul>', 10, false, '<ul><li>a</li><li>b</li></ul>'],
    ['cut before the first tag past the cap', '<ul><li>a</li><li>b</li></ul>', 2, true, '<ul><li>a</li>'],
    ['void elements count', '<p>a<br>b<br>c</p>', 2, true, '<p>a<br>b'],
    ['comments and scripts do not count', '<div><!-- <a><a> --><script><a><a></script>x</div>', 2, false, '<div><!-- <a><a> --><script><a><a></script>x</div>'],
  ])('%s', (_name, html, maxElements, cut, expected) => {
    const result = boundHtml(html, { maxDepth: 100, maxElements });
    expect(result.cut).toBe(cut);
    expect(result.html).toBe(expected);
  });

  it('a cut page still parses, its open elements closed', () => {
    const page = `<ul>${Array.from({ length: 100 }, (_, i) => `<li><a href="/p/${i}">P${i}</a></li>`).join('')}</ul>`;
    const result = boundHtml(page, { maxDepth: 100, maxElements: 21 });
    expect(result).toMatchObject({ cut: true, elements: 21 });
    expect(load(result.html)('a').length).toBe(10);
  });
});
