/**
 * The review page over the replica web as an editor finds it on a Sunday morning: two days of
 * watching (HEUNI's listing loses its links on day 2, so the Helse tab has a broken source), a
 * dead link in a past issue, a few decisions (one Kanskje with a note), an open issue with
 * accepted items — and the same data as the digest HTML file and a link report. One review
 * server per language over the same store. Used by the phone, accessibility and screenshot tests.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import { heuni } from '../../src/demo/sites/heuni.js';
import { sites } from '../../src/demo/sites/index.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { buildDigest, digestPeriod } from '../../src/digest/build.js';
import { summarise, type LinkReport, type LinkReportEntry } from '../../src/links/report.js';
import { formatDigestHtml } from '../../src/report/digest-html.js';
import { formatLinksHtml } from '../../src/report/links.js';
import { listReviewCandidates } from '../../src/review/candidates.js';
import { decide } from '../../src/review/decisions.js';
import type { Language } from '../../src/serve/labels.js';
import { startReviewServer, type ReviewServer } from '../../src/serve/server.js';
import { openDb, type Db } from '../../src/store/db.js';
import { recordOccurrences, saveLinkState } from '../../src/store/links.js';
import { insertOpenIssue } from '../../src/store/newsletter-issues.js';
import { watchSources } from '../../src/watch/watch.js';
import { testRuntime, tempDir } from './runtime.js';
import { shippedJson, withSources } from './shipped-config.js';

const today = new Date('2026-11-28T05:00:00Z');
const clockDay1 = new Date('2026-11-28T05:30:00Z');
const clockDay2 = new Date('2026-11-29T05:30:00Z');
/** The review page's clock: Sunday morning after the day-2 run. */
export const demoNow = new Date('2026-11-29T07:00:00Z');

/** A dead link in a past issue: long enough to overflow a phone unless it may wrap anywhere. */
export const LONG_DEAD_URL =
  'https://www.udi.no/krisen-i-ukraina/gammel-side/med-en-svaert-lang-adresse-som-ikke-har-noen-naturlige-brytepunkter-i-det-hele-tatt/?utm_source=nyhetsbrev&utm_medium=epost';

// The sources the review page's own browser test drives (the issue-11 additions cover extraction, not the page).
const LEFT_OUT = new Set([
  'politiet', 'udi', 'cbss', 'riksrevisjonen', 'rvts-ost', 'bufdir', 'nim',
  'helsedirektoratet-konferanser', 'fafo-arrangementer', 'lovdata-dommer', 'regjeringen-nyheter', 'regjeringen-pressemeldinger',
]);

const linklessHeuni: ReplicaSite = {
  ...heuni,
  handle: (request, state) => {
    const answer = heuni.handle(request, state);
    if (state.day < 2 || request.path !== '/news' || answer === null) return answer;
    return { ...answer, body: String(answer.body).replace(/<a [^>]*href="https:\/\/heuni\.fi\/-\/[^"]*"[^>]*>(.*?)<\/a>/gs, '<span>$1</span>') };
  },
};

export interface ReviewDemo {
  config: Config;
  /** http://127.0.0.1:PORT of the review server speaking `language`. */
  base(language: Language): string;
  /** The digest HTML and the link report HTML as files (file:// URLs). */
  digestUrl: string;
  linkReportUrl: string;
  close(): Promise<void>;
}

function linkEntry(url: string, over: Partial<LinkReportEntry>): LinkReportEntry {
  return {
    url,
    verdict: 'ok',
    httpStatus: 200,
    finalUrl: null,
    permanent: false,
    detail: 'HTTP 200',
    redirects: [],
    durationMs: 40,
    foundIn: [{ file: 'arkiv/nyhetsbrev-2022-2.pdf', page: 6 }],
    firstFailed: null,
    consecutiveFailures: 0,
    dead: false,
    ...over,
  };
}

function demoLinkReport(): LinkReport {
  const links = [
    linkEntry(LONG_DEAD_URL, { verdict: 'broken', httpStatus: 404, detail: 'HTTP 404', firstFailed: '2026-10-01T04:00:00Z', consecutiveFailures: 9, dead: true }),
    linkEntry('https://www.regjeringen.no/no/dokumenter/handlingsplan-mot-menneskehandel/id2345678/', { verdict: 'server-error', httpStatus: 503, detail: 'HTTP 503', firstFailed: '2026-11-28T04:00:00Z', consecutiveFailures: 1 }),
    linkEntry('http://www.fafo.no/index.php/zoo-publikasjoner/fafo-rapporter/item/tvangsarbeid-og-menneskehandel-i-norge', {
      verdict: 'redirected', httpStatus: 301, permanent: true, finalUrl: 'https://www.fafo.no/zoo-publikasjoner/fafo-rapporter/tvangsarbeid-og-menneskehandel-i-norge', detail: 'HTTP 301',
    }),
    linkEntry('https://www.lovdata.no/dokument/NL/lov/2005-05-20-28/KAPITTEL_2-11#KAPITTEL_2-11', {}),
  ];
  return { runId: 'demo', generatedAt: demoNow.toISOString(), oneOff: false, deadAfterRuns: 3, deadAfterDays: 14, files: 1, problems: [], summary: summarise(links), links };
}

export async function startReviewDemo(): Promise<ReviewDemo> {
  const shipped = shippedJson();
  const subset = withSources(shipped, shipped.sources.filter((source) => !LEFT_OUT.has(source.id)));
  const config = parseConfig({ ...subset, ranking: { ...subset.ranking, minScore: 0 } });
  const replica: Replica = await startReplica({ sites: sites.map((site) => (site.name === 'heuni' ? linklessHeuni : site)), day: 1, today });
  const runtime = testRuntime(config, replica.proxyUrl);
  const servers: ReviewServer[] = [];
  let reviewDb: Db | undefined;
  const dir = tempDir('sourcewatch-demo-files-');
  const close = async (): Promise<void> => {
    for (const server of servers) await server.close();
    reviewDb?.close();
    await runtime.cleanup();
    await replica.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const watch = (now: Date) => watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log, now: () => now });
    await watch(clockDay1);
    replica.setDay(2);
    await watch(clockDay2);

    // Decided in the page's own order (the store's insertion order follows the fetches' timing).
    const view = listReviewCandidates(runtime.db, config, { period: { kind: 'since-issue' }, learning: false }, demoNow);
    const items = view.sections.flatMap((section) => section.candidates);
    if (items.length < 5) throw new Error(`the replica's two days gave ${items.length} candidates; the demo needs at least 5`);
    const at = (minutes: number) => new Date(demoNow.getTime() - minutes * 60_000);
    const decisions: Array<[number, string, string | null]> = [
      [0, 'accepted', 'Ta med – ny forskrift'],
      [1, 'accepted', null],
      [2, 'rejected', null],
      [3, 'maybe', 'Sjekk med redaktør'],
    ];
    for (const [index, decision, note] of decisions) {
      const result = decide(runtime.db, config, { itemId: items[index]!.id, decision, note }, at(30 - index));
      if (!result.ok) throw new Error(`demo decision failed: ${result.error}`);
    }
    insertOpenIssue(runtime.db, { name: 'Nyhetsbrev oktober–desember 2026', periodFrom: '2026-10-01', periodTo: '2026-12-31', at: at(10).toISOString() });
    const state = { firstSeen: '2026-10-01T04:00:00Z', lastChecked: '2026-11-29T04:00:00Z', lastFinalUrl: null, lastDetail: null, firstFailed: '2026-10-01T04:00:00Z' };
    saveLinkState(runtime.db, { ...state, url: LONG_DEAD_URL, lastVerdict: 'broken', lastStatus: 404, lastOk: null, consecutiveFailures: 9, deadSince: '2026-10-15T04:00:00Z' });
    recordOccurrences(runtime.db, LONG_DEAD_URL, [{ file: 'arkiv/nyhetsbrev-2022-2.pdf', page: 6 }], '2026-11-29T04:00:00Z');

    const digest = buildDigest(runtime.db, config, digestPeriod({ days: 7, now: demoNow, defaultDays: config.digest.days }), demoNow);
    const digestFile = path.join(dir, 'digest.html');
    writeFileSync(digestFile, formatDigestHtml(digest));
    const reportFile = path.join(dir, 'links.html');
    writeFileSync(reportFile, formatLinksHtml(demoLinkReport()));

    // The review page has its own connection, as `sourcewatch serve` does.
    reviewDb = openDb(runtime.storageDir);
    const bases = new Map<Language, string>();
    for (const language of ['nb', 'en'] as const) {
      const server = await startReviewServer({ db: reviewDb, config, port: 0, now: () => demoNow, language });
      servers.push(server);
      bases.set(language, `http://127.0.0.1:${server.port}`);
    }
    return {
      config,
      base: (language) => bases.get(language)!,
      digestUrl: `file://${digestFile}`,
      linkReportUrl: `file://${reportFile}`,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
