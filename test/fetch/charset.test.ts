/**
 * Which charset a body is read in: BOM, header, document declaration, and the one exception —
 * a header the bytes prove wrong (not valid in it) loses to the document's own declaration.
 * The end-to-end case runs a feed source through the real HTTP client and the replica proxy
 * into the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/charset.js';
import { watchSources } from '../../src/watch/watch.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { testConfig, testRuntime } from '../helpers/runtime.js';

const TEXT = 'på østlandet';
const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const prolog = (encoding: string): string => `<?xml version="1.0" encoding="${encoding}"?><rss><title>`;

describe('decodeBody', () => {
  it.each([
    {
      name: 'header utf-8, prolog ISO-8859-1, latin-1 bytes: not UTF-8, so the document wins',
      contentType: 'application/rss+xml; charset=utf-8',
      body: latin1(`${prolog('ISO-8859-1')}${TEXT}</title></rss>`),
      charset: 'windows-1252',
      contains: TEXT,
    },
    {
      name: 'header utf-8, <meta http-equiv> ISO-8859-1, latin-1 bytes: the document wins',
      contentType: 'text/html; charset=UTF-8',
      body: latin1(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>${TEXT}</body></html>`),
      charset: 'windows-1252',
      contains: TEXT,
    },
    {
      name: 'header utf-8, prolog windows-1252, cp1252 bytes: the document wins, 0x80–0x9F mapped',
      contentType: 'application/rss+xml; charset=utf-8',
      body: Buffer.concat([latin1(`${prolog('windows-1252')}Tiltak `), Buffer.from([0x96]), latin1(` ${TEXT}</title></rss>`)]),
      charset: 'windows-1252',
      contains: `Tiltak – ${TEXT}`,
    },
    {
      name: 'header utf-8, prolog ISO-8859-1, valid UTF-8 bytes: the header wins (the prolog is the stale part)',
      contentType: 'application/rss+xml; charset=utf-8',
      body: utf8(`${prolog('ISO-8859-1')}${TEXT}</title></rss>`),
      charset: 'utf-8',
      contains: TEXT,
    },
    {
      // Today's behaviour, kept: every byte sequence is valid latin-1, so the bytes can never
      // prove a latin-1 header wrong, and the header outranks <meta> as in the HTML standard.
      // The UTF-8 bytes of "å" are read as two latin-1 characters.
      name: 'header latin-1, <meta charset> utf-8, valid UTF-8 bytes: the header wins (mojibake, as before)',
      contentType: 'text/html; charset=iso-8859-1',
      body: utf8(`<html><head><meta charset="utf-8"></head><body>${TEXT}</body></html>`),
      charset: 'windows-1252',
      contains: 'pÃ¥ Ã¸stlandet',
    },
    {
      name: 'header and prolog agree under different labels (latin1 / ISO-8859-1): read as latin-1',
      contentType: 'application/xml; charset=latin1',
      body: latin1(`${prolog('ISO-8859-1')}${TEXT}</title></rss>`),
      charset: 'windows-1252',
      contains: TEXT,
    },
    {
      name: 'no header charset: the document',
      contentType: 'application/rss+xml',
      body: latin1(`${prolog('ISO-8859-1')}${TEXT}</title></rss>`),
      charset: 'windows-1252',
      contains: TEXT,
    },
    {
      name: 'no Content-Type at all: the <meta charset>',
      contentType: undefined,
      body: latin1(`<html><head><meta charset="iso-8859-1"></head><body>${TEXT}</body></html>`),
      charset: 'windows-1252',
      contains: TEXT,
    },
    {
      name: 'UTF-8 BOM beats a latin-1 header and a latin-1 prolog',
      contentType: 'application/rss+xml; charset=iso-8859-1',
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(`${prolog('ISO-8859-1')}${TEXT}</title></rss>`)]),
      charset: 'utf-8',
      contains: TEXT,
    },
    {
      name: 'UTF-16LE BOM beats a utf-8 header',
      contentType: 'text/plain; charset=utf-8',
      body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      charset: 'utf-16le',
      contains: TEXT,
    },
    {
      name: 'header utf-8, no declaration, latin-1 bytes: nothing to fall back on, UTF-8 with replacement',
      contentType: 'text/plain; charset=utf-8',
      body: latin1(TEXT),
      charset: 'utf-8',
      contains: 'p\uFFFD \uFFFDstlandet',
    },
  ])('$name', ({ contentType, body, charset, contains }) => {
    const decoded = decodeBody(body, contentType);
    expect(decoded.charset).toBe(charset);
    expect(decoded.text).toContain(contains);
  });
});

describe('a latin-1 feed served as charset=utf-8, end to end', () => {
  const title = `Nytt krisesenter ${TEXT}`;
  const site: ReplicaSite = {
    name: 'latin1-feed',
    hosts: ['www.krisesenter.no'],
    handle: (request) =>
      request.path === '/rss'
        ? {
            status: 200,
            // The header says UTF-8; the bytes and the prolog say latin-1.
            headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
            body: latin1(
              `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Krisesenter</title><link>https://www.krisesenter.no/</link>` +
                `<item><title>${title}</title><link>https://www.krisesenter.no/nytt</link><guid>k1</guid>` +
                `<description>Åpner i mai for ofre for menneskehandel</description><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>`,
            ),
          }
        : null,
  };
  const config = testConfig([{ id: 'krisesenter', name: 'Krisesenter', section: 'forskning', kind: 'feed', url: 'https://www.krisesenter.no/rss' }]);
  let replica: Replica;
  let runtime: ReturnType<typeof testRuntime>;

  beforeAll(async () => {
    replica = await startReplica({ sites: [site] });
    runtime = testRuntime(config, replica.proxyUrl);
  });
  afterAll(async () => {
    await runtime?.cleanup();
    await replica?.close();
  });

  it('stores "på østlandet", not "p� østlandet"', async () => {
    const fetched = await runtime.http.fetch('https://www.krisesenter.no/rss');
    expect(fetched.notModified).toBe(false);
    if (!fetched.notModified) expect(fetched.charset).toBe('windows-1252');

    const summary = await watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log, now: () => new Date('2026-12-01T06:00:00Z') });
    expect(summary.sources).toMatchObject([{ id: 'krisesenter', items: 1 }]);
    const stored = runtime.db.prepare('SELECT title, summary FROM items WHERE source_id = ?').all('krisesenter') as Array<{ title: string; summary: string }>;
    expect(stored).toEqual([{ title, summary: 'Åpner i mai for ofre for menneskehandel' }]);
  });
});
