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
import type { Verdict } from '../../src/model/links.js';
import { decide } from '../../src/review/decisions.js';
import { openNextIssue } from '../../src/review/newsletter-issues.js';
import { formatDigestHtml } from '../../src/report/digest-html.js';
import { formatDigestMarkdown } from '../../src/report/digest-markdown.js';
import { formatHealthMarkdown } from '../../src/report/health-markdown.js';
import { formatLinksHtml, formatLinksMarkdown } from '../../src/report/links.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { recordOccurrences, saveLinkState } from '../../src/store/links.js';
import { finishRun, startRun } from '../../src/store/runs.js';
import { saveSourceState } from '../../src/store/source-state.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';
import { englishWords } from './english-words.js';

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

const config = reviewConfig();
const now = new Date('2026-12-01T09:00:00Z');
const items = [
  // English titles, as GRETA and Fafo's English pages publish them: quoted, never translated.
  { sourceId: 'greta', title: 'GRETA publishes its fourth evaluation report on Norway', summary: 'The report found that trafficking for forced labour is under-identified.', url: 'https://www.coe.int/en/web/anti-human-trafficking/-/greta-norway', firstSeen: '2026-11-30T05:00:00Z', published: '2026-11-29T10:00:00Z' },
  { sourceId: 'fafo', title: 'Menneskehandel i arbeidslivet: ny rapport', summary: 'Fafo har kartlagt tvangsarbeid i tre bransjer.', url: 'https://www.fafo.no/rapport-2026-30', firstSeen: '2026-11-28T05:00:00Z', alsoSourceIds: ['regjeringen'] },
  { sourceId: 'regjeringen', title: 'Handlingsplan mot menneskehandel', summary: null, url: 'https://www.regjeringen.no/handlingsplan', firstSeen: '2026-12-01T05:00:00Z', published: '2026-12-01T08:00:00Z' },
  { sourceId: 'fafo', title: 'Trafficking guidance for labour inspectors', summary: 'Guidance on identifying victims of trafficking.', url: 'https://www.fafo.no/guidance', firstSeen: '2026-11-27T05:00:00Z', published: '2026-11-20T10:00:00Z' },
];
const quoted = [...items.flatMap((i) => [i.title, i.summary ?? '']), ...config.sources.map((s) => s.name), ...config.sections.map((s) => s.title), 'trafficking'];

let store: ReturnType<typeof tempStore>;
let server: ReviewServer;
let base: string;

function sourceState(sourceId: string, lastOutcome: 'broken-extraction' | 'failed' | 'blocked', lastDetail: string, consecutiveFailures: number): void {
  saveSourceState(store.db, { sourceId, configHash: 'x', baselineAt: '2026-10-01T05:00:00Z', lastRunAt: '2026-12-01T05:00:00Z', lastOutcome, lastDetail, lastOkAt: '2026-11-25T05:00:00Z', consecutiveFailures, lastItemAt: '2026-11-20T05:00:00Z', lastItemCount: 8, hadDates: true });
}

function linkState(url: string, verdict: Verdict, status: number | null, detail: string, dead: boolean): void {
  saveLinkState(store.db, { url, firstSeen: '2026-01-01T00:00:00Z', lastChecked: '2026-11-30T05:00:00Z', lastVerdict: verdict, lastStatus: status, lastFinalUrl: null, lastDetail: detail, lastOk: null, firstFailed: '2026-11-01T05:00:00Z', consecutiveFailures: 5, deadSince: dead ? '2026-11-20T05:00:00Z' : null });
}

beforeAll(async () => {
  store = tempStore();
  const added = items.map((item) => addItem(store.db, item));
  sourceState('greta', 'broken-extraction', 'no items found (last time 8): did the page change layout?', 1);
  sourceState('stortinget', 'failed', `${httpText(503)} (after retries)`, 2);
  sourceState('regjeringen', 'blocked', `${httpText(403)}: refused to an anonymous client, most often a bot rule, not a removed page`, 1);
  sourceState('fafo', 'broken-extraction', 'selectors matched nothing; 12 items found by link pattern — did the page change layout?', 3);
  linkState(items[0]!.url, 'blocked', 403, `403 with a Cloudflare challenge: a bot wall, not a dead page`, false);
  linkState(items[1]!.url, 'timeout', null, 'timed out (UND_ERR_CONNECT_TIMEOUT)', false);
  linkState('https://www.udi.no/gone', 'broken', 404, httpText(404), true);
  recordOccurrences(store.db, 'https://www.udi.no/gone', [{ file: 'arkiv/nyhetsbrev-2022-2.pdf', page: 6 }, { file: 'arkiv/nyhetsbrev-2023-1.md', line: 207 }], '2026-11-30T05:00:00Z');
  for (const [kind, status] of [['watch', 'ok'], ['links', 'failed'], ['digest', 'ok'], ['run', 'offline']] as const) {
    startRun(store.db, `r-${kind}`, kind, '2026-12-01T05:00:00Z');
    finishRun(store.db, `r-${kind}`, status, '2026-12-01T05:10:00Z', {});
  }
  expect(openNextIssue(store.db, { name: 'Nyhetsbrev desember 2026' }, now).ok).toBe(true);
  for (const item of [added[0]!, added[1]!, added[3]!]) expect(decide(store.db, config, { itemId: item.id, decision: 'accepted' }, now).ok).toBe(true);
  expect(decide(store.db, config, { itemId: added[2]!.id, decision: 'maybe', note: 'Sjekk med redaktør' }, now).ok).toBe(true);
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
  it.each([['/candidates'], ['/candidates?status=all&period=all'], ['/issues'], ['/issues/1/export'], ['/health'], ['/no-such-page']])('%s has no English', async (path) => {
    const page = await get(`${base}${path}`);
    expect(page.body).toContain('<html lang="nb"');
    expect(englishWords(page.body, { quoted })).toEqual([]);
  });
  it.each([['/issues/1/export.md'], ['/issues/1/export.html']])('the export %s has no English but the titles', async (path) => {
    const file = await get(`${base}${path}`);
    expect(file.status).toBe(200);
    expect(file.body).toContain('«GRETA publishes its fourth evaluation report on Norway»');
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
