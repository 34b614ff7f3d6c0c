/**
 * Events, end to end: a Stortinget sak known while *til behandling* that is then treated
 * becomes one event candidate ("Stortinget behandlet saken …: ikke vedtatt"), not a second
 * item; a sak and its Dokument 8 are one item. Real HTTP through the replica proxy, real
 * SQLite; the API answers in the shapes src/sources/stortinget.ts documents.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/build.js';
import { formatDigestMarkdown } from '../../src/report/digest-markdown.js';
import { decide } from '../../src/review/decisions.js';
import { issueExportItems, openNextIssue } from '../../src/review/newsletter-issues.js';
import { countItems } from '../../src/store/items.js';
import { watchSources } from '../../src/watch/watch.js';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { testConfig, testRuntime } from '../helpers/runtime.js';

const SESSION = '2021-2022';
const dotNet = (iso: string): string => `/Date(${Date.parse(iso)}+0200)/`;

interface Sak { id: number; tittel: string; henvisning: string; status: number; dokumentgruppe: number; updated: string }
interface Vote { vedtatt: boolean; votering_tema: string; votering_tid: string }

const api: { saker: Sak[]; dok8: Array<{ id: string; tittel: string; dato: string }>; votes: Map<number, Vote[]>; voteRequests: number } = {
  saker: [],
  dok8: [],
  votes: new Map(),
  voteRequests: 0,
};

function json(body: unknown) {
  return { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) };
}

const site: ReplicaSite = {
  name: 'stortinget-api',
  hosts: ['data.stortinget.no'],
  handle(request) {
    const endpoint = /^\/eksport\/([a-z]+)$/.exec(request.path)?.[1];
    if (endpoint === 'sesjoner') return json({ innevaerende_sesjon: { id: SESSION }, sesjoner_liste: [{ id: SESSION }] });
    if (endpoint === 'saker') {
      return json({
        sesjon_id: SESSION,
        saker_liste: api.saker.map((sak) => ({
          id: sak.id,
          tittel: sak.tittel,
          korttittel: sak.tittel,
          henvisning: sak.henvisning,
          status: sak.status,
          dokumentgruppe: sak.dokumentgruppe,
          behandlet_sesjon_id: sak.status === 1 ? SESSION : null,
          innstilling_id: -1,
          komite: { id: 'KOMMFORV', navn: 'Kommunal- og forvaltningskomiteen' },
          emne_liste: [{ id: 1, navn: 'Innvandring' }],
          sist_oppdatert_dato: dotNet(sak.updated),
        })),
      });
    }
    if (endpoint === 'publikasjoner') {
      const list = request.query.get('publikasjontype') === 'dok8' ? api.dok8 : [];
      return json({ publikasjoner_liste: list.map((pub) => ({ id: pub.id, tittel: pub.tittel, type: 3, dato: '/Date(-62135596800000)/', tilgjengelig_dato: dotNet(pub.dato) })) });
    }
    if (endpoint === 'voteringer') {
      api.voteRequests += 1;
      const id = Number(request.query.get('sakid'));
      return json({ sak_id: id, sak_votering_liste: (api.votes.get(id) ?? []).map((vote, i) => ({ votering_id: 9000 + i, votering_resultat_type: 0, ...vote })) });
    }
    return null;
  },
};

const source = { id: 'stortinget', name: 'Stortinget', section: 'politiske-tiltak', kind: 'stortinget', endpoints: ['saker', 'publikasjoner'], publikasjontyper: ['dok8'], ranking: { requireKeyword: true } };
const config = testConfig([source], {
  ranking: { keywords: [{ label: 'asyl', terms: ['asyl*'], weight: 4 }] },
});

let replica: Replica;
let runtime: ReturnType<typeof testRuntime>;

async function runOn(iso: string) {
  return watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log, now: () => new Date(iso) });
}

beforeEach(async () => {
  api.saker = [
    { id: 87960, tittel: 'Representantforslag om å sikre ureturnerbare asylsøkeres rett til å ta lønnet arbeid', henvisning: 'Dokument 8:160 S (2021–2022)', status: 2, dokumentgruppe: 4, updated: '2022-04-20T10:00:00Z' },
    { id: 87001, tittel: 'Endringer i vegtrafikkloven', henvisning: 'Prop. 12 L (2021–2022)', status: 2, dokumentgruppe: 1, updated: '2022-04-10T10:00:00Z' },
  ];
  api.dok8 = [{ id: 'dok8-202122-160s', tittel: 'Dokument 8:160 S (2021-2022)', dato: '2022-04-05T10:00:00Z' }];
  api.votes = new Map();
  api.voteRequests = 0;
  replica = await startReplica({ sites: [site] });
  runtime = testRuntime(config, replica.proxyUrl);
});
afterEach(async () => {
  await runtime.cleanup();
  await replica.close();
});

const period = { from: new Date('2022-05-01T00:00:00Z'), to: new Date('2022-07-01T00:00:00Z') };

describe('Stortinget events', () => {
  it('day 1 til behandling, day 2 behandlet and ikke vedtatt: one event candidate, no duplicate item', async () => {
    await runOn('2022-04-28T07:00:00Z'); // baseline
    await runOn('2022-05-02T07:00:00Z'); // nothing changed
    expect(buildDigest(runtime.db, config, period, new Date('2022-05-02T08:00:00Z')).sections).toEqual([]);
    const itemsBefore = countItems(runtime.db).total;

    api.saker[0] = { ...api.saker[0]!, status: 1, henvisning: 'Dokument 8:160 S (2021–2022), Innst. 310 S (2021–2022)', updated: '2022-05-10T14:00:00Z' };
    api.saker[1] = { ...api.saker[1]!, status: 1, updated: '2022-05-10T14:00:00Z' };
    api.votes.set(87960, [
      { vedtatt: false, votering_tema: 'Forslag nr. 1 på vegne av Kristelig Folkeparti', votering_tid: dotNet('2022-05-10T13:30:00Z') },
      { vedtatt: true, votering_tema: 'Komiteens tilråding: Dokument 8:160 S (2021–2022) – vedtas ikke.', votering_tid: dotNet('2022-05-10T13:31:00Z') },
    ]);
    const day2 = await runOn('2022-05-11T07:00:00Z');
    // Three steps: the asylum sak's innstilling and treatment, the road law's treatment.
    expect(day2.sources[0]).toMatchObject({ outcome: 'ok', new: 0, events: 3 });
    // Votes are read only for the treated sak that may matter (the road law matches no keyword).
    expect(api.voteRequests).toBe(1);
    expect(countItems(runtime.db).total).toBe(itemsBefore);

    const digest = buildDigest(runtime.db, config, period, new Date('2022-05-11T08:00:00Z'));
    const candidates = digest.sections.flatMap((s) => s.candidates);
    expect(candidates).toHaveLength(1);
    const [event] = candidates;
    expect(event!.id).toMatch(/^ev-[0-9a-f]{13}$/);
    expect(event!.title).toBe('Representantforslag om å sikre ureturnerbare asylsøkeres rett til å ta lønnet arbeid');
    expect(event!.event).toMatchObject({ key: 'status:behandlet', label: 'Stortinget behandlet saken {date}: ikke vedtatt', at: '2022-05-10T13:31:00.000Z' });
    expect(event!.history.map((step) => step.label)).toEqual([
      'Publisert i saken {date}: Dokument 8:160 S (2021–2022)',
      'Komiteen avga innstilling {date}: Innst. 310 S (2021–2022)',
      'Stortinget behandlet saken {date}: ikke vedtatt',
    ]);
    expect(formatDigestMarkdown(digest)).toContain('**Stortinget behandlet saken 10. mai 2022: ikke vedtatt**');

    // Seen again: no new event.
    const day3 = await runOn('2022-05-12T07:00:00Z');
    expect(day3.sources[0]!.events).toBeUndefined();
    expect(buildDigest(runtime.db, config, period, new Date('2022-05-12T08:00:00Z')).sections.flatMap((s) => s.candidates)).toHaveLength(1);
    expect(api.voteRequests).toBe(1);

    // Decided per event: the accepted event exports as what happened.
    const opened = openNextIssue(runtime.db, { name: 'Nyhetsbrev mai–juni 2022', periodFrom: '2022-05-01', periodTo: '2022-06-30' }, new Date('2022-05-12T08:00:00Z'));
    if (!opened.ok) throw new Error('could not open an issue');
    expect(decide(runtime.db, config, { itemId: event!.id, decision: 'accepted' }, new Date('2022-05-12T09:00:00Z'))).toMatchObject({ ok: true });
    const [exported] = issueExportItems(runtime.db, config, opened.issue.id);
    expect(exported).toMatchObject({ id: event!.id, title: event!.title, event: { label: 'Stortinget behandlet saken {date}: ikke vedtatt' } });
  });

  it('a sak and its Dokument 8 are one candidate', async () => {
    await runOn('2022-04-28T07:00:00Z'); // baseline
    api.saker.push({ id: 88100, tittel: 'Representantforslag om bedre oppfølging av enslige mindreårige asylsøkere', henvisning: 'Dokument 8:200 S (2021–2022)', status: 3, dokumentgruppe: 4, updated: '2022-05-20T10:00:00Z' });
    api.dok8.push({ id: 'dok8-202122-200s', tittel: 'Dokument 8:200 S (2021-2022)', dato: '2022-05-20T10:00:00Z' });
    const run = await runOn('2022-05-21T07:00:00Z');
    expect(run.sources[0]).toMatchObject({ items: 5, new: 1 });
    const candidates = buildDigest(runtime.db, config, period, new Date('2022-05-21T08:00:00Z')).sections.flatMap((s) => s.candidates);
    expect(candidates.map((c) => c.title)).toEqual(['Representantforslag om bedre oppfølging av enslige mindreårige asylsøkere']);
    expect(candidates[0]!.seenUrls).toEqual([
      'https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/2021-2022/dok8-202122-200s',
      'https://stortinget.no/no/Saker-og-publikasjoner/Saker/Sak?p=88100',
    ]);
  });

  it('a store from before steps were recorded takes them silently on its first run', async () => {
    await runOn('2022-04-28T07:00:00Z');
    // As an older store would be: items known, no steps, no memo saying steps are recorded.
    runtime.db.exec("DELETE FROM item_milestones; DELETE FROM source_memo WHERE key = 'steps-recorded'");
    const run = await runOn('2022-05-02T07:00:00Z');
    expect(run.sources[0]!.events).toBeUndefined();
    expect(buildDigest(runtime.db, config, period, new Date('2022-05-02T08:00:00Z')).sections).toEqual([]);
  });
});
