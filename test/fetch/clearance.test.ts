/**
 * Clearance earned by the browser, reused by plain HTTP: after one browser visit to the
 * replica's walled coe.int, the run's HttpClient fetches a coe.int article (200, not the 403
 * challenge) with the browser's cookie and User-Agent; other hosts keep the honest
 * User-Agent; once the cookie has expired it is not sent and the wall answers again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch/types.js';
import { hostCookies } from '../../src/store/host-cookies.js';
import { tempDir, testConfig, testRuntime } from '../helpers/runtime.js';
import { CLEARANCE_COOKIE } from '../../src/demo/bot-wall.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { COE_LISTING_URL, coeListing, COE_ARTICLE_LINK } from '../../src/demo/sites/coe.js';
import { sites } from '../../src/demo/sites/index.js';

let replica: Replica;
let runtime: ReturnType<typeof testRuntime>;

const HONEST_UA = /^sourcewatch\//;

beforeAll(async () => {
  replica = await startReplica({ sites });
  const config = testConfig(
    [{ id: 'greta', name: 'GRETA', section: 'forskning', kind: 'browser', url: COE_LISTING_URL, waitFor: COE_ARTICLE_LINK, articles: { include: ['/anti-human-trafficking/-/[^/?#]+'] } }],
    { browser: { executablePath: process.env.SOURCEWATCH_CHROMIUM ?? '/usr/bin/chromium', navigationTimeoutSeconds: 20 } },
  );
  expect(config.http.userAgent).toMatch(HONEST_UA);
  runtime = testRuntime(config, replica.proxyUrl, tempDir());
});
afterAll(async () => {
  await runtime?.cleanup();
  await replica?.close();
});

const article = (index: number): string => coeListing(1, replica.state.today)[index]!.url;
const lastRequestTo = (url: string) => replica.log.filter((entry) => entry.host === new URL(url).hostname && entry.path === new URL(url).pathname).at(-1);

describe('clearance shared with plain HTTP', () => {
  it('before any browser visit, a plain fetch of a coe.int article meets the wall', async () => {
    const error = await runtime.http.fetch(article(0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).status).toBe(403);
    expect(lastRequestTo(article(0))?.userAgent).toMatch(HONEST_UA);
  });

  it('after one browser visit, plain fetches of coe.int articles get 200 with the browser User-Agent', async () => {
    const listing = await runtime.browser.render(COE_LISTING_URL, { waitFor: COE_ARTICLE_LINK });
    expect(listing.challengePassed).toBe(true);
    const browserUa = listing.userAgent!;
    expect(browserUa).not.toMatch(HONEST_UA);

    for (const index of [0, 1]) {
      const page = await runtime.http.fetch(article(index));
      expect(page.notModified).toBe(false);
      if (page.notModified) continue;
      expect(page.status).toBe(200);
      expect(page.text).toContain('journal-content-article');
      expect(lastRequestTo(article(index))?.userAgent).toBe(browserUa);
    }
    // The link checker's client shares the same store.
    const link = await runtime.linkHttp.request(article(2));
    expect(link.status).toBe(200);

    // Another host is none of this clearance's business: honest User-Agent, no cookie.
    await runtime.http.fetch('https://www.osce.org/robots.txt', { ignoreRobots: true }).catch(() => undefined);
    expect(lastRequestTo('https://www.osce.org/robots.txt')?.userAgent).toMatch(HONEST_UA);
  });

  it('stops sending expired cookies: the wall answers 403 again, to the honest User-Agent', async () => {
    const stored = runtime.db.prepare<[], { name: string; expires_at: string }>("SELECT name, expires_at FROM host_cookies WHERE host = 'www.coe.int'").all();
    expect(stored.map((row) => row.name)).toContain(CLEARANCE_COOKIE);
    // As the store sees it 31 minutes on (the wall grants 30): nothing to send.
    const later = hostCookies(runtime.db, () => new Date(Date.now() + 31 * 60_000));
    expect(later.headersFor(article(0))).toBeUndefined();
    expect(hostCookies(runtime.db).headersFor(article(0))?.cookie).toContain(`${CLEARANCE_COOKIE}=`);

    runtime.db.prepare("UPDATE host_cookies SET expires_at = ? WHERE host = 'www.coe.int'").run(new Date(Date.now() - 1000).toISOString());
    const error = await runtime.http.fetch(article(0)).catch((e: unknown) => e);
    expect((error as FetchError).status).toBe(403);
    expect(lastRequestTo(article(0))?.userAgent).toMatch(HONEST_UA);
  });
});
