import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeMarkdownLine, safeHref } from '../../src/report/escape.js';

describe('escaping', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['Rådet «sier»', 'Rådet «sier»'],
  ])('escapeHtml(%j)', (input, expected) => expect(escapeHtml(input)).toBe(expected));

  it.each([
    ['javascript:alert(1)', '#'],
    ['data:text/html,x', '#'],
    ['https://example.org/a?b=1&c=2', 'https://example.org/a?b=1&amp;c=2'],
    ['mailto:kom@politiet.no', 'mailto:kom@politiet.no'],
    ['not a url', '#'],
  ])('safeHref(%j)', (input, expected) => expect(safeHref(input)).toBe(expected));

  it.each([
    ['28. november 2026', '28. november 2026', '28\\. november 2026'],
    ['# not a heading', '# not a heading', '\\# not a heading'],
    ['- not a list', '- not a list', '\\- not a list'],
    ['*bold* and _it_ [link](x) <b>', '\\*bold\\* and \\_it\\_ \\[link\\](x) \\<b\\>', '\\*bold\\* and \\_it\\_ \\[link\\](x) \\<b\\>'],
    ['2026 was a year', '2026 was a year', '2026 was a year'],
  ])('markdown %j', (input, inline, line) => {
    expect(escapeMarkdown(input)).toBe(inline);
    expect(escapeMarkdownLine(input)).toBe(line);
  });
});
