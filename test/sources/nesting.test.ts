import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { limitNesting } from '../../src/sources/nesting.js';

describe('limitNesting', () => {
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
    expect(result).toEqual({ html, depth: 5, dropped: 0 });
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

  it('is linear: 200,000 nested divs take well under a second to flatten', () => {
    const html = `<html><body>${'<div>'.repeat(200_000)}x${'</div>'.repeat(200_000)}</body></html>`;
    const result = limitNesting(html, 256);
    expect(result.depth).toBe(200_002);
    expect(result.dropped).toBe(200_002 - 256);
    expect(load(result.html)('div').length).toBe(254);
  });
});
