/**
 * The Atom feeds `sourcewatch serve` offers: the candidates and the open issue's accepted
 * items, read back by a feed parser, the same ids on every request, and the token (when the
 * server is reachable from elsewhere) accepted in the URL as a feed reader can send it.
 */
import http from 'node:http';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atomId } from '../../src/report/atom.js';
import { decide } from '../../src/review/decisions.js';
import { openNextIssue } from '../../src/review/newsletter-issues.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { child, expectAtomEssentials, strictXml } from '../helpers/atom.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string; location: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') }),
        );
      })
      .on('error', reject);
  });
}

const config = reviewConfig();
const now = new Date('2026-06-15T09:00:00Z');
const TITLE = 'Tvangsarbeid & menneskehandel: <ny> rapport om "barn"';
let store: ReturnType<typeof tempStore>;
let server: ReviewServer;
let base: string;
let ids: { fafo: string; greta: string };

beforeAll(async () => {
  store = tempStore();
  ids = {
    fafo: addItem(store.db, { sourceId: 'fafo', title: TITLE, url: 'https://www.fafo.no/tvang?a=1&b=2', firstSeen: '2026-06-10T05:00:00Z', published: '2026-06-09T10:00:00Z' }).id,
    greta: addItem(store.db, { sourceId: 'greta', title: 'GRETA evaluation of Norway (trafficking)', url: 'https://www.coe.int/greta', firstSeen: '2026-06-12T05:00:00Z' }).id,
  };
  expect(openNextIssue(store.db, { name: 'Nyhetsbrev juni 2026' }, new Date('2026-06-13T08:00:00Z')).ok).toBe(true);
  expect(decide(store.db, config, { itemId: ids.fafo, decision: 'accepted', note: 'Ta med <først>' }, new Date('2026-06-14T08:00:00Z')).ok).toBe(true);
  server = await startReviewServer({ db: store.db, config, port: 0, now: () => now });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server?.close();
  store?.cleanup();
});

describe('the served feeds', () => {
  it('serves the candidates as Atom that a feed parser reads back', async () => {
    const response = await get(`${base}/feeds/candidates.atom`);
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/atom+xml; charset=utf-8');
    const feed = expectAtomEssentials(response.body);
    expect(child(feed, 'link').find((l) => l.attributes.rel === 'self')!.attributes.href).toBe(`${base}/feeds/candidates.atom`);
    const parsed = await new Parser().parseString(response.body);
    expect(parsed.items.map((i) => i.title).sort()).toEqual(['GRETA evaluation of Norway (trafficking)', TITLE]);
    expect(parsed.items.find((i) => i.title === TITLE)!.link).toBe('https://www.fafo.no/tvang?a=1&b=2');
  });

  it('serves the open issue\'s accepted items, with the lead sentence and the note', async () => {
    const response = await get(`${base}/feeds/accepted.atom`);
    expect(response.status).toBe(200);
    const feed = expectAtomEssentials(response.body);
    const entries = child(feed, 'entry');
    expect(entries).toHaveLength(1);
    expect(child(feed, 'title')[0]!.text).toBe('sourcewatch – godtatt til «Nyhetsbrev juni 2026»');
    expect(child(entries[0]!, 'title')[0]!.text).toBe(TITLE);
    expect(child(entries[0]!, 'updated')[0]!.text).toBe('2026-06-14T08:00:00.000Z');
    expect(child(entries[0]!, 'category')[0]!.attributes.term).toBe('forskning');
    const summary = child(entries[0]!, 'summary')[0]!.text;
    expect(summary).toContain('<a href="https://www.fafo.no/tvang?a=1&amp;b=2">se her</a>');
    expect(summary).toContain('Notat: Ta med &lt;først&gt;');
    const parsed = await new Parser().parseString(response.body);
    expect(parsed.items.map((i) => i.title)).toEqual([TITLE]);
  });

  it('gives the same ids on every request, derived from the item ids', async () => {
    const idsOf = (xml: string): string[] => [child(strictXml(xml), 'id')[0]!.text, ...child(strictXml(xml), 'entry').map((e) => child(e, 'id')[0]!.text)];
    const [a, b] = [await get(`${base}/feeds/candidates.atom`), await get(`${base}/feeds/candidates.atom`)];
    expect(idsOf(a.body)).toHaveLength(3);
    expect(idsOf(b.body)).toEqual(idsOf(a.body));
    expect(idsOf(a.body)).toContain(atomId(`entry:${ids.fafo}`));
    const accepted = idsOf((await get(`${base}/feeds/accepted.atom`)).body);
    expect(accepted).toEqual([atomId('feed:accepted'), atomId(`entry:accepted:1:${ids.fafo}`)]);
  });

  it('names both feeds in every page\'s head, so a reader finds them from the page address', async () => {
    const page = await get(`${base}/candidates`);
    expect(page.body).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/candidates.atom" title="Kandidater (Atom-feed)">');
    expect(page.body).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/accepted.atom" title="Godtatt til det åpne nummeret (Atom-feed)">');
  });
});

describe('the feeds behind the token', () => {
  it.each([
    ['no token', '/feeds/candidates.atom', {}, 401],
    ['a wrong token in the URL', '/feeds/candidates.atom?token=wrong', {}, 401],
    ['the token in the URL, answered at once (no redirect)', '/feeds/candidates.atom?token=sesam-sesam', {}, 200],
    ['the token in the URL for the accepted feed', '/feeds/accepted.atom?token=sesam-sesam', {}, 200],
    ['a Bearer header', '/feeds/accepted.atom', { Authorization: 'Bearer sesam-sesam' }, 200],
    ['a wrong Bearer header', '/feeds/accepted.atom', { Authorization: 'Bearer sesam' }, 401],
    ['a page with the token in the URL still redirects (sets the cookie)', '/candidates?token=sesam-sesam', {}, 303],
  ])('%s: %s → %i', async (_name, pathname, headers, status) => {
    const open = await startReviewServer({ db: store.db, config, host: '0.0.0.0', port: 0, token: 'sesam-sesam', now: () => now });
    try {
      const response = await get(`http://127.0.0.1:${open.port}${pathname}`, headers);
      expect(response.status).toBe(status);
      if (status === 200) {
        expectAtomEssentials(response.body);
        // The token is the reader's to keep: the feed's own links never carry it.
        expect(response.body).not.toContain('sesam');
      }
    } finally {
      await open.close();
    }
  });
});
