/**
 * A listing without dates whose articles carry them (`detail`): only new articles are read, so
 * a run with nothing new has no dated item. That is not "the date markup changed" (seen in the
 * eval replay: GRETA "broken" on every quiet day).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchSources } from '../../src/watch/watch.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { testConfig, testRuntime } from '../helpers/runtime.js';

const articles: Array<{ slug: string; title: string; date: string }> = [];
const site: ReplicaSite = {
  name: 'news',
  hosts: ['www.nyheter.no'],
  handle(request) {
    const html = (body: string) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><html><body>${body}</body></html>` });
    if (request.path === '/nyheter') {
      return html(`<main>${articles.map((a) => `<article><h2><a href="/nyheter/${a.slug}">${a.title}</a></h2></article>`).join('')}</main>`);
    }
    const article = articles.find((a) => request.path === `/nyheter/${a.slug}`);
    if (article) return html(`<h1>${article.title}</h1><time datetime="${article.date}">${article.date}</time><p>Tekst.</p>`);
    return null;
  },
};
const source = { id: 'nyheter', name: 'Nyheter', section: 'forskning', kind: 'html', url: 'https://www.nyheter.no/nyheter', articles: { include: ['/nyheter/[a-z-]+$'] }, detail: {} };
const config = testConfig([source]);

let replica: Replica;
let runtime: ReturnType<typeof testRuntime>;
const run = (iso: string) => watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log, now: () => new Date(iso) });

beforeEach(async () => {
  articles.length = 0;
  articles.push(
    { slug: 'rapport-om-menneskehandel', title: 'Rapport om menneskehandel i Norge', date: '2026-11-20' },
    { slug: 'nytt-tiltak', title: 'Nytt tiltak mot utnytting av arbeidstakere', date: '2026-11-18' },
  );
  replica = await startReplica({ sites: [site] });
  runtime = testRuntime(config, replica.proxyUrl);
});
afterEach(async () => {
  await runtime.cleanup();
  await replica.close();
});

describe('dates from article pages', () => {
  it('a quiet run is ok, not broken; a new article is read for its date', async () => {
    expect((await run('2026-11-26T06:00:00Z')).sources[0]).toMatchObject({ outcome: 'baseline', items: 2 });
    articles.unshift({ slug: 'ny-veileder', title: 'Ny veileder om menneskehandel', date: '2026-11-26' });
    expect((await run('2026-11-27T06:00:00Z')).sources[0]).toMatchObject({ outcome: 'ok', new: 1 });
    // Nothing new: the listing changed nothing, no article page is read, no date is seen.
    articles[0]!.title = 'Ny veileder om menneskehandel (oppdatert)';
    const quiet = (await run('2026-11-28T06:00:00Z')).sources[0]!;
    expect(quiet.outcome).toBe('ok');
    expect(quiet.detail).not.toMatch(/date markup/);
  });
});
