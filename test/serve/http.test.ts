/**
 * The review server at the HTTP level: loopback by default, a token when bound elsewhere,
 * cross-site state changes refused, web text escaped, nothing loaded from elsewhere.
 */
import { spawn } from 'node:child_process';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reloadingConfig } from '../../src/serve/reloading-config.js';
import { loadConfig } from '../../src/config/load.js';
import { silentLogger } from '../../src/log.js';
import { decide } from '../../src/review/decisions.js';
import { openNextIssue } from '../../src/review/newsletter-issues.js';
import { ServeError, startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { getDecision } from '../../src/store/decisions.js';
import { recordOccurrences, saveLinkState } from '../../src/store/links.js';
import { saveSourceState } from '../../src/store/source-state.js';
import { SCRIPT_TITLE } from '../../src/demo/sites/fixtures.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';

interface Response {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Response> {
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

const cookieOf = (response: Response): string => (response.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
const csrfOf = (page: string): string => /<meta name="csrf-token" content="([^"]+)">/.exec(page)![1]!;

const config = reviewConfig();
const now = new Date('2026-06-15T09:00:00Z');
let store: ReturnType<typeof tempStore>;
let server: ReviewServer;
let base: string;
let ids: { hostile: string; fafo: string; budget: string };

beforeAll(async () => {
  store = tempStore();
  ids = {
    hostile: addItem(store.db, {
      sourceId: 'fafo',
      title: SCRIPT_TITLE,
      url: 'javascript:alert(3)',
      summary: '"><img src=x onerror=alert(4)> menneskehandel',
      firstSeen: '2026-06-14T05:00:00Z',
    }).id,
    fafo: addItem(store.db, {
      sourceId: 'fafo',
      title: 'Grov utnytting av utenlandske arbeidstakere',
      url: 'https://www.fafo.no/grov',
      firstSeen: '2026-06-10T05:00:00Z',
      published: '2026-06-09T10:00:00Z',
    }).id,
    budget: addItem(store.db, { sourceId: 'regjeringen', title: 'Budsjett for veibygging', firstSeen: '2026-06-12T05:00:00Z' }).id,
  };
  saveSourceState(store.db, {
    sourceId: 'greta',
    configHash: 'x',
    baselineAt: '2026-06-01T05:00:00Z',
    lastRunAt: '2026-06-15T05:00:00Z',
    lastOutcome: 'broken-extraction',
    lastDetail: 'no items found (last time 8): did the page change layout? <b>',
    lastOkAt: '2026-06-10T05:00:00Z',
    consecutiveFailures: 3,
    lastItemAt: null,
    lastItemCount: 8,
    hadDates: true,
  });
  saveLinkState(store.db, {
    url: 'https://www.udi.no/gone',
    firstSeen: '2026-01-01T00:00:00Z',
    lastChecked: '2026-06-14T05:00:00Z',
    lastVerdict: 'broken',
    lastStatus: 404,
    lastFinalUrl: null,
    lastDetail: 'HTTP 404',
    lastOk: null,
    firstFailed: '2026-05-01T05:00:00Z',
    consecutiveFailures: 5,
    deadSince: '2026-05-15T05:00:00Z',
  });
  recordOccurrences(store.db, 'https://www.udi.no/gone', [{ file: 'arkiv/nyhetsbrev-2022-2.pdf', page: 6 }], '2026-06-14T05:00:00Z');
  server = await startReviewServer({ db: store.db, config, port: 0, now: () => now });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
  store?.cleanup();
});

/** A page load as the browser makes it: the session cookie and the page's CSRF token. */
async function session(): Promise<{ cookie: string; token: string }> {
  const page = await request(`${base}/candidates`);
  return { cookie: cookieOf(page), token: csrfOf(page.body) };
}

function postForm(pathname: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return request(`${base}${pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

describe('safe by default', () => {
  it('binds to 127.0.0.1 unless told otherwise', () => {
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it('answers only requests addressed to a loopback name (no DNS rebinding)', async () => {
    expect((await request(`${base}/candidates`, { headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await request(`${base}/candidates`, { headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('sends a strict Content-Security-Policy and loads nothing from elsewhere', async () => {
    const page = await request(`${base}/candidates`);
    expect(page.status).toBe(200);
    const csp = page.headers['content-security-policy']!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    for (const [, attr] of page.body.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]*)"/g)) expect(attr).toMatch(/^\/[^/]/);
    const css = await request(`${base}/static/app.css`);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.body).not.toMatch(/@import|url\(/);
    const js = await request(`${base}/static/app.js`);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.body).not.toMatch(/https?:\/\//);
  });

  it('escapes every web string and neutralises unsafe links', async () => {
    const page = (await request(`${base}/candidates`)).body;
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(4)&gt;');
    expect(page).not.toContain('javascript:');
    expect(page).toMatch(/<h3 id="t-[0-9a-f]+"><a href="#" target="_blank"/);
    const health = (await request(`${base}/health`)).body;
    expect(health).toContain('ingen saker funnet (sist 8): har siden fått ny utforming? &lt;b&gt;');
  });
});

describe('state-changing requests are protected against cross-site requests', () => {
  it.each([
    ['no session and no token', () => ({}), {}],
    ['a wrong token', (s: { cookie: string }) => ({ Cookie: s.cookie }), { _csrf: 'forged' }],
    ['a foreign Origin', (s: { cookie: string }) => ({ Cookie: s.cookie, Origin: 'http://evil.example' }), 'token'],
    ['Origin null', (s: { cookie: string }) => ({ Cookie: s.cookie, Origin: 'null' }), 'token'],
    ['Sec-Fetch-Site: cross-site', (s: { cookie: string }) => ({ Cookie: s.cookie, 'Sec-Fetch-Site': 'cross-site' }), 'token'],
    // Another port on this machine is "same-site", but not this app.
    ['Sec-Fetch-Site: same-site', (s: { cookie: string }) => ({ Cookie: s.cookie, 'Sec-Fetch-Site': 'same-site' }), 'token'],
    ['the token of another session', () => ({ Cookie: 'sw_session_0=another-session-id-1234567' }), 'token'],
  ] as const)('refuses a POST with %s', async (_name, headers, csrf) => {
    const s = await session();
    const fields: Record<string, string> = { item: ids.fafo, decision: 'accepted' };
    if (csrf === 'token') fields._csrf = s.token;
    else Object.assign(fields, csrf);
    const cookieHeaders = headers(s) as Record<string, string>;
    if (cookieHeaders.Cookie?.startsWith('sw_session_0=')) cookieHeaders.Cookie = `sw_session_${server.port}=another-session-id-1234567`;
    const response = await postForm('/decide', fields, cookieHeaders);
    expect(response.status).toBe(403);
    expect(getDecision(store.db, ids.fafo)).toBeUndefined();
  });

  it('accepts a same-origin form post with the session token, and redirects back', async () => {
    const s = await session();
    const response = await postForm(
      '/decide',
      { item: ids.fafo, decision: 'accepted', note: 'ta med', _csrf: s.token, return: '/candidates?status=new#x' },
      { Cookie: s.cookie, Origin: base, 'Sec-Fetch-Site': 'same-origin' },
    );
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/candidates?status=new#x');
    expect(getDecision(store.db, ids.fafo)).toMatchObject({ decision: 'accepted', note: 'ta med' });
  });

  it('never redirects off-site after a post', async () => {
    const s = await session();
    const response = await postForm('/decide', { item: ids.budget, decision: 'maybe', _csrf: s.token, return: '//evil.example/' }, { Cookie: s.cookie });
    expect(response.headers.location).toBe('/candidates');
  });

  it('answers the script (token in a header) with JSON, and undoes', async () => {
    const s = await session();
    const headers = { Cookie: s.cookie, Accept: 'application/json', 'X-CSRF-Token': s.token, Origin: base };
    const decided = await postForm('/decide', { item: ids.budget, decision: 'rejected' }, headers);
    expect(decided.status).toBe(200);
    expect(JSON.parse(decided.body)).toMatchObject({ ok: true, itemId: ids.budget, decision: 'rejected', title: 'Budsjett for veibygging' });
    const undone = JSON.parse((await postForm('/undo', {}, headers)).body);
    expect(undone).toMatchObject({ ok: true, itemId: ids.budget, undone: 'rejected', restored: { decision: 'maybe' } });
    const bad = await postForm('/decide', { item: ids.budget, decision: 'approve' }, headers);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ ok: false, error: 'ukjent beslutning' });
  });

  it('takes forms only (a JSON body is refused)', async () => {
    const s = await session();
    const response = await request(`${base}/decide`, {
      method: 'POST',
      headers: { Cookie: s.cookie, 'Content-Type': 'application/json', 'X-CSRF-Token': s.token },
      body: JSON.stringify({ item: ids.fafo, decision: 'rejected' }),
    });
    expect(response.status).toBe(415);
  });
});

describe('bound beyond this machine', () => {
  it('refuses to start without a token', async () => {
    await expect(startReviewServer({ db: store.db, config, host: '0.0.0.0', port: 0 })).rejects.toBeInstanceOf(ServeError);
  });

  it('requires the token: once in the URL (then a cookie), or as a Bearer header', async () => {
    const open = await startReviewServer({ db: store.db, config, host: '0.0.0.0', port: 0, token: 'sesam-sesam', now: () => now });
    try {
      const at = `http://127.0.0.1:${open.port}`;
      expect(open.url).toBe(`http://127.0.0.1:${open.port}/?token=sesam-sesam`);
      expect((await request(`${at}/candidates`)).status).toBe(401);
      expect((await request(`${at}/static/app.js`)).status).toBe(401);
      expect((await request(`${at}/candidates?token=wrong`)).status).toBe(401);
      const login = await request(`${at}/candidates?status=new&token=sesam-sesam`);
      expect(login.status).toBe(303);
      expect(login.headers.location).toBe('/candidates?status=new');
      const cookie = cookieOf(login);
      expect(cookie).toMatch(/^sw_auth_\d+=sesam-sesam$/);
      expect((await request(`${at}/candidates`, { headers: { Cookie: cookie } })).status).toBe(200);
      expect((await request(`${at}/candidates`, { headers: { Authorization: 'Bearer sesam-sesam' } })).status).toBe(200);
      expect((await request(`${at}/candidates`, { headers: { Authorization: 'Bearer sesam' } })).status).toBe(401);
      // The token opens the door; it does not replace the CSRF check.
      const post = await request(`${at}/decide`, {
        method: 'POST',
        headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `item=${ids.fafo}&decision=rejected`,
      });
      expect(post.status).toBe(403);
    } finally {
      await open.close();
    }
  });
});

describe('pages', () => {
  it('speaks English when review.language is "en"', async () => {
    const en = await startReviewServer({ db: store.db, config: reviewConfig({ language: 'en' }), port: 0, now: () => now });
    try {
      const page = (await request(`http://127.0.0.1:${en.port}/candidates`)).body;
      expect(page).toContain('<html lang="en">');
      expect(page).toContain('>Candidates</a>');
      expect(page).toContain('Accept <kbd>a</kbd>');
      expect((await request(`http://127.0.0.1:${en.port}/health`)).body).toContain('Dead links in past issues');
    } finally {
      await en.close();
    }
    const nb = (await request(`${base}/candidates`)).body;
    expect(nb).toContain('<html lang="nb">');
    expect(nb).toContain('Godta <kbd>a</kbd>');
  });

  it('shows failing sources and dead links in past issues on the health tab', async () => {
    const page = (await request(`${base}/health`)).body;
    expect(page).toMatch(/<tr data-source="greta" class="problem">/);
    expect(page).toContain('ødelagt uttrekk');
    expect(page).toContain('https://www.udi.no/gone');
    expect(page).toContain('arkiv/nyhetsbrev-2022-2.pdf, side 6');
    expect(page).toMatch(/Helse<span class="badge" title="2">2<\/span>/);
  });

  it('exports an issue as Markdown, HTML and JSON, to view or download', async () => {
    const opened = openNextIssue(store.db, { name: 'Nyhetsbrev juli–september', periodFrom: '2026-07-01', periodTo: '2026-09-30' }, now);
    const id = opened.ok ? opened.issue.id : -1;
    decide(store.db, config, { itemId: ids.fafo, decision: 'accepted' }, now);
    decide(store.db, config, { itemId: ids.hostile, decision: 'accepted' }, now);
    const md = await request(`${base}/issues/${id}/export.md`);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.body).toContain('Fafo lanserte i juni rapporten «Grov utnytting av utenlandske arbeidstakere», [se her](https://www.fafo.no/grov).');
    const json = JSON.parse((await request(`${base}/issues/${id}/export.json`)).body);
    expect(json.sections[0].items.map((i: { title: string }) => i.title)).toContain(SCRIPT_TITLE);
    const htmlExport = await request(`${base}/issues/${id}/export.html?download=1`);
    expect(htmlExport.headers['content-disposition']).toBe(`attachment; filename="issue-${id}.html"`);
    expect(htmlExport.body).not.toContain('<script>alert');
    expect(htmlExport.body).toContain('<a href="#">se her</a>');
    const page = (await request(`${base}/issues/${id}/export`)).body;
    expect(page).toContain('id="export-md"');
    expect(page).not.toContain('<script>alert');
    expect((await request(`${base}/issues/999/export`)).status).toBe(404);
    expect((await request(`${base}/nowhere`)).status).toBe(404);
  });
});

describe('the serve command', () => {
  it('starts on 127.0.0.1, serves the page, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.resolve('bin/sourcewatch.js'), 'serve', '--port', '0', '--storage', store.dir], {
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const match = /review page: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}${err}`)));
    });
    const page = await request(`${url}candidates`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Kandidater');
    const code = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await code).toBe(0);
  });

  it('bound to 0.0.0.0 it makes up a token and prints it in the address', async () => {
    const child = spawn(process.execPath, [path.resolve('bin/sourcewatch.js'), 'serve', '--port', '0', '--host', '0.0.0.0', '--storage', store.dir], {
      env: { ...process.env, CI: 'true', NO_COLOR: '1', SOURCEWATCH_TOKEN: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const match = /review page: (\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
    expect((await request(url.replace(/\?token=.*$/, 'candidates'))).status).toBe(401);
    expect((await request(url)).status).toBe(303);
    const code = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await code).toBe(0);
  });
});

describe('sources.json edited while the page runs', () => {
  it('is read again when it changes; a broken edit keeps the last good version, with a warning', () => {
    const file = path.join(store.dir, 'sources.json');
    const original = JSON.parse(readFileSync('sources.json', 'utf8'));
    writeFileSync(file, JSON.stringify(original));
    const source = reloadingConfig(file, loadConfig(file), silentLogger());
    expect(source.current().config.review.templates.greta).toBe('GRETA publiserte i {month} {kind} «{title}», se her.');
    const touch = (seconds: number): void => utimesSync(file, seconds, seconds);

    writeFileSync(file, JSON.stringify({ ...original, review: { ...original.review, templates: { greta: 'GRETA la i {month} fram «{title}», se her.' } } }));
    touch(2_000_000_000);
    expect(source.current()).toMatchObject({ warning: null, config: { review: { templates: { greta: 'GRETA la i {month} fram «{title}», se her.' } } } });

    writeFileSync(file, '{ "version": 1, ');
    touch(2_000_000_100);
    const broken = source.current();
    expect(broken.warning).toBeTruthy();
    expect(broken.config.review.templates.greta).toBe('GRETA la i {month} fram «{title}», se her.');
  });
});
