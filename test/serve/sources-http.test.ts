/**
 * The Kilder tab at the HTTP level: every source listed with its health, the editor's save
 * validated and written with only the changed field changed, the previous version restored,
 * and a cross-site save refused with sources.json untouched.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { silentLogger } from '../../src/log.js';
import { reloadingConfig } from '../../src/serve/reloading-config.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { recordSourceRun } from '../../src/store/runs.js';
import { saveSourceState } from '../../src/store/source-state.js';
import { addItem, tempStore } from '../helpers/review-state.js';

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const SOURCES_JSON = {
  version: 1,
  sections: [
    { id: 'norden', title: 'Finland og Norden' },
    { id: 'forskning', title: 'Forskningsrapporter' },
  ],
  ranking: { keywords: [{ label: 'menneskehandel', terms: ['menneskehandel*', 'trafficking*'], weight: 10 }] },
  sources: [
    {
      id: 'heuni',
      name: 'HEUNI – nyheter',
      section: 'norden',
      kind: 'html',
      url: 'https://heuni.fi/news',
      articles: { include: ['^https://heuni\\.fi/-/[^/?#]+(?:[?#]|$)'], exclude: [] },
      ranking: { weight: 2 },
      notes: 'Finnish government Liferay.',
    },
    { id: 'fafo', name: 'Fafo – rapporter', section: 'forskning', kind: 'feed', url: 'https://www.fafo.no/rss' },
    { id: 'gammel', name: 'Gammel kilde', section: 'forskning', kind: 'feed', url: 'https://gammel.example/rss', enabled: false },
  ],
};
const ORIGINAL = `${JSON.stringify(SOURCES_JSON, null, 2)}\n`;

let store: ReturnType<typeof tempStore>;
let server: ReviewServer;
let base: string;
let file: string;
let historyDir: string;

async function session(pathname = '/sources/heuni'): Promise<{ cookie: string; token: string; page: string }> {
  const response = await request(`${base}${pathname}`);
  const cookie = (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  return { cookie, token: /<meta name="csrf-token" content="([^"]+)">/.exec(response.body)![1]!, page: response.body };
}

function post(pathname: string, fields: Record<string, string>, headers: Record<string, string>): Promise<Response> {
  return request(`${base}${pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

const heuniForm = (over: Record<string, string> = {}): Record<string, string> => ({
  section: 'norden',
  weight: '2',
  enabled: 'on',
  include: '^https://heuni\\.fi/-/[^/?#]+(?:[?#]|$)',
  exclude: '',
  ...over,
});

beforeAll(async () => {
  store = tempStore();
  file = path.join(store.dir, 'sources.json');
  historyDir = path.join(store.dir, 'sources-history');
  writeFileSync(file, ORIGINAL);
  addItem(store.db, { sourceId: 'heuni', title: 'A study of trafficking', firstSeen: '2026-11-20T05:00:00Z' });
  addItem(store.db, { sourceId: 'heuni', title: 'Another study', firstSeen: '2026-11-21T05:00:00Z' });
  recordSourceRun(store.db, 'r1', { id: 'heuni', outcome: 'broken-extraction', items: 0, new: 0, detail: 'x', consecutiveFailures: 1, durationMs: 5 }, '2026-11-28T05:30:00Z');
  recordSourceRun(store.db, 'r2', { id: 'heuni', outcome: 'broken-extraction', items: 0, new: 0, detail: 'x', consecutiveFailures: 2, durationMs: 5 }, '2026-11-29T05:30:00Z');
  saveSourceState(store.db, {
    sourceId: 'heuni', configHash: 'x', baselineAt: '2026-11-01T05:00:00Z', lastRunAt: '2026-11-29T05:30:00Z', lastOutcome: 'broken-extraction',
    lastDetail: 'no items', lastOkAt: '2026-11-27T05:30:00Z', consecutiveFailures: 2, lastItemAt: '2026-11-21T05:00:00Z', lastItemCount: 8, hadDates: true,
  });
  const config = loadConfig(file);
  server = await startReviewServer({
    db: store.db,
    config: reloadingConfig(file, config, silentLogger()),
    port: 0,
    now: () => new Date('2026-11-29T07:00:00Z'),
    sourcesFile: { path: file, historyDir },
  });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
  store?.cleanup();
});

describe('GET /sources', () => {
  it('lists every source, disabled ones too, with outcome, items known, failing since and health', async () => {
    const response = await request(`${base}/sources`);
    expect(response.status).toBe(200);
    const rows = [...response.body.matchAll(/<tr data-source="([^"]+)" data-health="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => ({ id: m[1], health: m[2], text: m[3]! }));
    expect(rows.map((row) => [row.id, row.health])).toEqual([
      ['heuni', 'problem'],
      ['fafo', 'never-run'],
      ['gammel', 'disabled'],
    ]);
    const heuni = rows[0]!.text;
    expect(heuni).toContain('ødelagt uttrekk');
    expect(heuni).toContain('feiler');
    expect(heuni).toContain('<td class="num">2</td>');
    // Failing since the first broken run after the last ok: 28 November, 06:30 in Oslo.
    expect(heuni).toMatch(/28\.\s?nov/);
    expect(rows[2]!.text).toContain('slått av');
    expect(response.body).toContain('<a href="/sources" aria-current="page">Kilder</a>');
  });

  it('shows a source’s settings as written, and 404 for an unknown one', async () => {
    const page = (await request(`${base}/sources/heuni`)).body;
    expect(page).toContain('name="weight" inputmode="decimal" value="2"');
    expect(page).toContain('^https://heuni\\.fi/-/[^/?#]+(?:[?#]|$)</textarea>');
    expect(page).toContain('id="no-history"');
    expect((await request(`${base}/sources/nope`)).status).toBe(404);
  });
});

describe('saving from the Kilder tab', () => {
  it.each([
    ['a foreign Origin', { Origin: 'http://evil.example' }],
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a forged token', { forged: 'yes' }],
  ])('refuses a save with %s and leaves sources.json untouched', async (_name, headers) => {
    const s = await session();
    const forged = 'forged' in headers;
    const sent: Record<string, string> = forged ? { Cookie: s.cookie } : { Cookie: s.cookie, ...headers };
    const response = await post('/sources/heuni/save', { ...heuniForm({ weight: '7' }), _csrf: forged ? 'forged' : s.token }, sent);
    expect(response.status).toBe(403);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    expect(existsSync(historyDir)).toBe(false);
  });

  it('refuses an invalid edit, with the problem in Norwegian next to the field', async () => {
    const s = await session();
    const response = await post('/sources/heuni/save', { ...heuniForm({ weight: '99', include: '' }), _csrf: s.token }, { Cookie: s.cookie, Origin: base });
    expect(response.status).toBe(400);
    expect(response.body).toContain('<span class="field-error" id="error-weight" role="alert">kan være høyst 20</span>');
    expect(response.body).toContain('<span class="field-error" id="error-include" role="alert">oppgi lenkemønstre, velgere eller begge deler</span>');
    // The form keeps what was typed.
    expect(response.body).toContain('value="99"');
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
  });

  it('writes only the changed field, keeps the previous version, and the page reads the new file', async () => {
    const s = await session();
    const response = await post('/sources/heuni/save', { ...heuniForm({ weight: '4', 'select.item': 'article.ds-card', 'select.link': 'h2 a' }), _csrf: s.token }, { Cookie: s.cookie, Origin: base });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/sources/heuni?notice=saved');
    const written = readFileSync(file, 'utf8');
    const expected = structuredClone(SOURCES_JSON) as unknown as { sources: Array<Record<string, unknown>> };
    expected.sources[0] = { ...expected.sources[0], ranking: { weight: 4 }, select: { item: 'article.ds-card', link: 'h2 a' } };
    expect(written).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    const removed = ORIGINAL.split('\n').filter((line) => !written.split('\n').includes(line));
    // The weight line, and the last line before the new select block (it gains a comma): nothing else moved.
    expect(removed).toEqual(['        "weight": 2', '      "notes": "Finnish government Liferay."']);
    expect(readdirSync(historyDir)).toHaveLength(1);
    expect(readFileSync(path.join(historyDir, readdirSync(historyDir)[0]!), 'utf8')).toBe(ORIGINAL);
    const page = (await request(`${base}/sources/heuni?notice=saved`)).body;
    expect(page).toContain('id="source-notice"');
    expect(page).toContain('name="select.item" value="article.ds-card"');
    expect(page).toContain('id="restore-form"');
  });

  it('restores the previous version', async () => {
    const s = await session();
    const response = await post('/sources/heuni/restore', { _csrf: s.token }, { Cookie: s.cookie, Origin: base });
    expect(response.status).toBe(303);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL);
    const page = (await request(`${base}/sources/heuni?notice=restored`)).body;
    expect(page).toContain('name="weight" inputmode="decimal" value="2"');
  });

  it('refuses a cross-site restore', async () => {
    const before = readFileSync(file, 'utf8');
    const s = await session();
    const response = await post('/sources/heuni/restore', { _csrf: s.token }, { Cookie: s.cookie, 'Sec-Fetch-Site': 'cross-site' });
    expect(response.status).toBe(403);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
