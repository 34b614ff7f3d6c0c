import { describe, expect, it } from 'vitest';
import type { Candidate, Digest } from '../../src/model/digest.js';
import { formatDigestHtml } from '../../src/report/digest-html.js';
import { digestToJson } from '../../src/report/digest-json.js';
import { formatDigestMarkdown } from '../../src/report/digest-markdown.js';
import { formatHealthMarkdown } from '../../src/report/health-markdown.js';

const evil = '<script>alert(1)</script> & <img src=x onerror=alert(2)>';
const candidate: Candidate = {
  id: 'ev-0123456789abc',
  itemId: 'abc',
  event: { key: 'status:behandlet', label: `Stortinget behandlet saken {date}: ${evil}`, at: '2026-11-25T10:00:00.000Z', dated: true },
  history: [
    { label: `Publisert i saken {date}: ${evil}`, at: '2026-10-01T10:00:00.000Z', dated: true },
    { label: 'Komiteen avga innstilling {date}: Innst. 3 S', at: '2026-11-20T10:00:00.000Z', dated: false },
    { label: `Stortinget behandlet saken {date}: ${evil}`, at: '2026-11-25T10:00:00.000Z', dated: true },
  ],
  seenUrls: ['javascript:alert(3)'],
  sourceId: 'fixtures',
  sourceIds: ['fixtures', 'other'],
  sourceName: 'Fixtures <b>bold</b>',
  section: 'forskning',
  title: evil,
  url: 'javascript:alert(3)',
  canonicalUrl: 'javascript:alert(3)',
  published: { raw: '24.11.2026', iso: '2026-11-23T23:00:00.000Z', dateOnly: true },
  summary: `Summary ${evil}`,
  firstSeen: '2026-11-26T06:00:00.000Z',
  baseline: false,
  score: 7.5,
  reasons: [{ kind: 'keyword', label: 'trafficking: «<trafficking>»', points: 5 }],
};
const digest: Digest = {
  period: { from: '2026-11-19T06:00:00.000Z', to: '2026-11-26T06:00:00.000Z' },
  generatedAt: '2026-11-26T06:00:00.000Z',
  sections: [{ id: 'forskning', title: 'Forskning', candidates: [candidate] }],
  health: [{ id: 'heuni', name: 'HEUNI <i>', lastOutcome: 'broken-extraction', consecutiveFailures: 2, lastOkAt: null, lastItemAt: null, detail: 'no items found' }],
};

describe('HTML digest', () => {
  const html = formatDigestHtml(digest);
  it('escapes every web-sourced string', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
  });
  it('never links to javascript:', () => {
    expect(html).not.toContain('href="javascript:');
    // The title is still there, escaped, on a link that goes nowhere.
    expect(html).toContain('<h3><a href="#" rel="noopener noreferrer">&lt;script&gt;alert(1)&lt;/script&gt;');
  });
  it('is self-contained: no external resources, no scripts at all', () => {
    expect(html).not.toMatch(/<script|<link|src="http|@import|url\(/i);
    expect(html).toContain('Content-Security-Policy');
    // Its styles are inline, in the file itself.
    expect(html).toMatch(/<style>[^<]+<\/style>/);
  });
  it('shows sections, score and reasons, and no source health (that is the maintainers\' file)', () => {
    expect(html).not.toContain('Kildehelse');
    expect(html).not.toContain('HEUNI');
    expect(html).toContain('<h2>Forskning</h2>');
    expect(html).toContain('7.5');
    expect(html).toContain('trafficking: «&lt;trafficking&gt;» +5');
  });
  it('shows the event, dated, and the steps before it', () => {
    expect(html).toContain('<p class="event">Stortinget behandlet saken 25. november 2026: &lt;script&gt;');
    expect(html).toContain('<p class="history">Før: Publisert i saken 1. oktober 2026: &lt;script&gt;');
    expect(html).toContain(' · Komiteen avga innstilling: Innst. 3 S (sett 20. november 2026)</p>');
    expect(html).not.toContain('{date}');
  });
});

describe('the digest in the language review.language sets', () => {
  it.each([
    ['nb', '<html lang="nb">', 'Kandidater 19. november 2026', 'Før: '],
    ['en', '<html lang="en">', 'Candidates 19 November 2026', 'Before: '],
  ] as const)('%s', (language, lang, title, before) => {
    const html = formatDigestHtml(digest, language);
    expect(html).toContain(lang);
    expect(html).toContain(title);
    expect(formatDigestMarkdown(digest, language)).toContain(before);
  });
});

describe('Markdown and JSON digests', () => {
  it('Markdown holds candidates only; the health file says what it may miss', () => {
    const md = formatDigestMarkdown(digest);
    expect(md).not.toContain('Kildehelse');
    expect(md).not.toContain('HEUNI');
    const health = formatHealthMarkdown(digest);
    expect(health).toMatch(/^# Kildehelse /);
    expect(health).toContain('HEUNI \\<i\\> (heuni)');
    expect(formatHealthMarkdown({ ...digest, health: [] })).toContain('Alle kilder virket ved siste kjøring.');
  });
  it('Markdown neutralises HTML in titles', () => {
    const md = formatDigestMarkdown(digest);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('**Stortinget behandlet saken 25. november 2026: \\<script\\>');
    expect(md).toMatch(/^Før: Publisert i saken 1\. oktober 2026/m);
  });
  it('JSON has the documented shape', () => {
    const json = digestToJson(digest) as { candidates: Array<Record<string, unknown>>; period: object; health: unknown[] };
    expect(Object.keys(json)).toEqual(['period', 'generatedAt', 'candidates', 'health']);
    expect(json.candidates[0]).toMatchObject({
      id: 'ev-0123456789abc',
      itemId: 'abc',
      event: { key: 'status:behandlet', at: '2026-11-25T10:00:00.000Z' },
      sourceId: 'fixtures',
      section: 'forskning',
      title: evil,
      url: 'javascript:alert(3)',
      published: '2026-11-23T23:00:00.000Z',
      firstSeen: '2026-11-26T06:00:00.000Z',
      score: 7.5,
      reasons: [{ kind: 'keyword', label: 'trafficking: «<trafficking>»', points: 5 }],
    });
  });
});
