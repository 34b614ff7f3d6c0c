/**
 * Everything an editor reads is Norwegian (review.language nb, the default): every page of the
 * review app and every report (the digest, the maintainers' health file, the link report's
 * Markdown and HTML), rendered from a store with the troubles a real week has — a source whose
 * layout changed, one that failed, one behind a bot wall, dead, moved and walled links, runs of
 * every job, an open issue with accepted items — searched for English words (english-words.ts
 * says which, and what may be English on purpose).
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { httpText } from '../../src/links/chain-facts.js';
import { summarise, type LinkReport, type LinkReportEntry } from '../../src/links/report.js';
import { formatDigestHtml } from '../../src/report/digest-html.js';
import { formatDigestMarkdown } from '../../src/report/digest-markdown.js';
import { formatHealthMarkdown } from '../../src/report/health-markdown.js';
import { formatLinksHtml, formatLinksMarkdown } from '../../src/report/links.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { tempStore } from '../helpers/review-state.js';
import { englishWords } from './english-words.js';
import { config, fillWeek, now, quoted } from './week-store.js';

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      })
      .on('error', reject);
  });
}

let store: ReturnType<typeof tempStore>;
let server: ReviewServer;
let base: string;

beforeAll(async () => {
  store = tempStore();
  fillWeek(store.db);
  server = await startReviewServer({ db: store.db, config, port: 0, now: () => now });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
  store?.cleanup();
});

describe('the detector', () => {
  // The lines issue 13 found: each must be caught, or the checks below could never fail.
  it.each([
    ['failed, 1 run in a row, last ok'],
    ['published today'],
    ['lenke: blocked'],
    ['broken-extraction'],
    ['broken: HTTP 404 Not Found'],
    ['issue 2022-2, line 207'],
    ['ingen saker (sist 8): did the page change layout?'],
    ['<td>links</td><td>watch</td>'],
  ])('finds English in %j', (line) => {
    expect(englishWords(line, { quoted: [] }).length).toBeGreaterThan(0);
  });
  it('lets quoted titles, URLs and code be', () => {
    expect(englishWords('Fafo publiserte «The report found» https://example.org/the-page <code>watch</code> `sourcewatch run`', { quoted: ['The report found'] })).toEqual([]);
  });
});

describe('every page in nb', () => {
  it.each([['/candidates'], ['/candidates?status=all&period=all'], ['/issues'], ['/issues/1/export'], ['/issues/1/close'], ['/health'], ['/sources'], ['/editor'], ['/no-such-page']])('%s has no English', async (path) => {
    const page = await get(`${base}${path}`);
    expect(page.body).toContain('<html lang="nb"');
    expect(englishWords(page.body, { quoted })).toEqual([]);
  });
  it.each([['/issues/1/export.md'], ['/issues/1/export.html']])('the export %s has no English but the titles', async (path) => {
    const file = await get(`${base}${path}`);
    expect(file.status).toBe(200);
    expect(file.body).toContain('I november kom evalueringsrapporten «GRETA publishes its fourth evaluation report on Norway»');
    expect(englishWords(file.body, { quoted })).toEqual([]);
  });
});

describe('every report in nb', () => {
  const digest = (): ReturnType<typeof buildDigest> => buildDigest(store.db, config, { from: new Date('2026-11-24T00:00:00Z'), to: now }, now);
  it('the digest has candidates with reasons and link states to check', () => {
    const d = digest();
    const candidates = d.sections.flatMap((s) => s.candidates);
    expect(candidates.length).toBe(4);
    expect(candidates.flatMap((c) => c.reasons.map((r) => r.kind))).toEqual(expect.arrayContaining(['source', 'keyword', 'recency']));
    expect(candidates.filter((c) => c.link).length).toBe(2);
    expect(d.health.length).toBe(4);
  });
  it.each([
    ['digest md', () => formatDigestMarkdown(digest())],
    ['digest html', () => formatDigestHtml(digest())],
    ['health file', () => formatHealthMarkdown(digest())],
  ])('%s has no English', (_name, render) => {
    const text = render();
    expect(text.length).toBeGreaterThan(200);
    expect(englishWords(text, { quoted })).toEqual([]);
  });

  const entry = (url: string, verdict: LinkReportEntry['verdict'], detail: string, extra: Partial<LinkReportEntry> = {}): LinkReportEntry => ({
    url, verdict, detail, httpStatus: null, finalUrl: null, permanent: false, redirects: [], durationMs: 10, foundIn: [{ file: 'arkiv/nyhetsbrev-2023-1.md', line: 207 }], firstFailed: '2026-11-01T05:00:00Z', consecutiveFailures: 4, dead: false, ...extra,
  });
  const links: LinkReportEntry[] = [
    entry('https://www.udi.no/gone', 'broken', httpText(404), { httpStatus: 404, dead: true, foundIn: [{ file: 'arkiv/nyhetsbrev-2022-2.pdf', page: 6 }] }),
    entry('https://www.fafo.no/rapport#funn', 'missing-fragment', `#funn is not an anchor in the page (${httpText(200)})`, { httpStatus: 200, dead: true }),
    entry('https://slow.example.org/', 'timeout', 'timed out: timed out (UND_ERR_HEADERS_TIMEOUT)'),
    entry('https://down.example.org/', 'server-error', `${httpText(503)} (after retries)`, { httpStatus: 503 }),
    entry('https://old.example.org/', 'redirected', `${httpText(301)} → https://new.example.org/`, { permanent: true, finalUrl: 'https://new.example.org/', firstFailed: null, consecutiveFailures: 0 }),
    entry('https://walled.example.org/', 'blocked', `${httpText(403)}: refused to an anonymous client, most often a bot rule, not a removed page`, { httpStatus: 403 }),
    entry('https://members.example.org/', 'needs-login', `${httpText(401)}: the page needs a login`, { httpStatus: 401 }),
  ];
  const report: LinkReport = { runId: 'r1', generatedAt: now.toISOString(), oneOff: false, deadAfterRuns: 3, deadAfterDays: 14, files: 2, problems: [], summary: summarise(links), links };
  it.each([
    ['link report md', () => formatLinksMarkdown(report)],
    ['link report html', () => formatLinksHtml(report)],
    ['one-off link report md', () => formatLinksMarkdown({ ...report, oneOff: true })],
  ])('%s has no English', (_name, render) => {
    const text = render();
    expect(text).toContain('udi.no/gone');
    expect(englishWords(text, { quoted })).toEqual([]);
  });
});
