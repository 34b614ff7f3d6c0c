/**
 * Parser traps through the whole watch stage (real HTTP through the replica proxy, real
 * store), then the digest: a malformed feed, a latin-1 page, broken GUIDs, a hostile title.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import type { SourceOutcome } from '../../src/model.js';
import { formatDigestHtml } from '../../src/report/digest-html.js';
import { listItemsFirstSeen } from '../../src/store/items.js';
import { watchSources } from '../../src/watch/watch.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { fixtureExpectations, FIXTURES_HOST, SCRIPT_TITLE } from '../../src/demo/sites/fixtures.js';
import { sites } from '../../src/demo/sites/index.js';
import { testConfig, testRuntime } from '../helpers/runtime.js';

const base = `https://${FIXTURES_HOST}`;
const feed = (id: string, path: string) => ({ id, name: id, section: 'forskning', kind: 'feed', url: `${base}${path}`, ranking: { weight: 5 } });
const latin1 = fixtureExpectations['/latin1.html']!;
const config = testConfig([
  feed('malformed', '/malformed.xml'),
  feed('ampersand', '/bare-ampersand.xml'),
  feed('rdf', '/rdf.xml'),
  feed('repeated-guid', '/repeated-guid.xml'),
  feed('same-link', '/same-link.xml'),
  feed('script', '/script-title.xml'),
  { id: 'latin1', name: 'latin1', section: 'forskning', kind: 'html', url: `${base}/latin1.html`, select: latin1.select, ranking: { weight: 5 } },
]);

let replica: Replica;
let runtime: ReturnType<typeof testRuntime>;
let outcomes: Record<string, SourceOutcome>;
const first = new Date('2026-11-27T06:00:00Z');

beforeAll(async () => {
  replica = await startReplica({ sites, today: new Date('2026-11-27T05:00:00Z') });
  runtime = testRuntime(config, replica.proxyUrl);
  const summary = await watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log, now: () => first });
  outcomes = Object.fromEntries(summary.sources.map((s) => [s.id, s]));
});
afterAll(async () => {
  await runtime.cleanup();
  await replica.close();
});

describe('parser traps in the watch stage', () => {
  it('a malformed feed is that source failing, with a clear reason; the others go on', () => {
    expect(outcomes.malformed).toMatchObject({ outcome: 'failed' });
    expect(outcomes.malformed!.detail).toMatch(/feed could not be parsed/);
    expect(outcomes.ampersand!.outcome).toBe('baseline');
  });

  it.each([
    ['ampersand', '/bare-ampersand.xml'],
    ['rdf', '/rdf.xml'],
    ['repeated-guid', '/repeated-guid.xml'],
    ['same-link', '/same-link.xml'],
    ['script', '/script-title.xml'],
    ['latin1', '/latin1.html'],
  ])('%s: every item recorded, none merged', (id, path) => {
    expect(outcomes[id]).toMatchObject({ outcome: 'baseline', items: fixtureExpectations[path]!.items.length, new: fixtureExpectations[path]!.items.length });
  });

  it('a latin-1 page reads right', () => {
    const titles = listItemsFirstSeen(runtime.db, '2000-01-01', '2100-01-01', { includeBaseline: true }).map((i) => i.title);
    for (const item of latin1.items) expect(titles).toContain(item.title);
  });

  it('a hostile title reaches the HTML digest as text', () => {
    runtime.db.prepare('UPDATE items SET baseline = 0').run();
    const digest = buildDigest(runtime.db, config, { from: new Date('2026-11-01'), to: new Date('2026-12-01') }, first);
    const titles = digest.sections.flatMap((s) => s.candidates.map((c) => c.title));
    expect(titles).toContain(SCRIPT_TITLE);
    const html = formatDigestHtml(digest);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
  });
});
