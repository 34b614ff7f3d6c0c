/**
 * How well a digest served an issue the editors actually made. Pure: the chosen items, the
 * digest's sections, what the store recorded and which sources were watched go in; a result
 * per chosen item and the figures come out.
 *
 * A chosen item matches a candidate when `canonicalUrl()` of one of the chosen item's URLs (the
 * URL as the newsletter links it, and any `sameAs`) equals that of the candidate's `url`,
 * `canonicalUrl`, or a URL in `seenUrls` (an optional field of merged items); for Stortinget,
 * when both name the same sak (`?p=N`), question (`?qid=N`) or publication id. (Lovdata Pro
 * links keep their `#document/…` fragment, the only part that names the document.)
 *
 * A chosen item is *found* when it matches a candidate in its own section: that is where the
 * editor looks for it. Found elsewhere it is missed as "wrong section". Recall is found items
 * over chosen items in reach (their source is watched); precision is candidates that are a
 * chosen item of their section over all candidates.
 */
import { canonicalUrl } from '../src/sources/canonical-url.js';

export interface ChosenItem {
  /** As the newsletter links it. */
  url: string;
  /** Newsletter section id (sources.json `sections`). */
  section: string;
  /** The source that would watch it; null when no source is meant to (a site nobody watches). */
  sourceId: string | null;
  title: string;
  /** Other URLs of the same publication (a moved site's new address, the sak of a document). */
  sameAs?: readonly string[];
  /** Why no watch can find it as a new publication, when that is so. */
  notWatchable?: string;
}

export interface CandidateView {
  title: string;
  url: string;
  canonicalUrl: string;
  section: string;
  score: number;
  reasons: ReadonlyArray<{ label: string; points: number }>;
  seenUrls?: readonly string[];
}

export interface SectionView {
  id: string;
  title: string;
  /** Best first, as the digest lists them. */
  candidates: readonly CandidateView[];
}

/** An item the store recorded, candidate or not. */
export interface ListedView {
  title: string;
  url: string;
  canonicalUrl: string;
  /** ISO 8601. */
  firstSeen: string;
  baseline: boolean;
  sourceIds: readonly string[];
}

export interface MetricsInput {
  chosen: readonly ChosenItem[];
  sections: readonly SectionView[];
  listed: readonly ListedView[];
  /** Enabled in the sources.json the replay ran with. */
  configured: ReadonlySet<string>;
  /** Configured and actually replayed (a replica site serves it). */
  watched: ReadonlySet<string>;
  /** Why a configured source was not replayed ("no replica site yet"), by id. */
  notReplayed?: ReadonlyMap<string, string>;
  /** Start of the digest period, ISO 8601. */
  periodFrom: string;
}

export type OutOfReach = 'not-watched' | 'not-replayed' | 'not-watchable';
export type Outcome = 'found' | 'wrong-section' | 'listed-not-candidate' | 'never-listed' | 'out-of-reach';

export interface ChosenResult {
  chosen: ChosenItem;
  outcome: Outcome;
  /** Why it is out of reach, when it is. */
  outOfReach?: OutOfReach;
  /** Found: its rank among its section's candidates (1 = first), the section's size, score, reasons. */
  rank?: number;
  sectionSize?: number;
  score?: number;
  reasons?: ReadonlyArray<{ label: string; points: number }>;
  /** The matching candidate's or recorded item's title. */
  matchedTitle?: string;
  /** One line for the report: why missed, or where found. */
  detail: string;
}

export interface Metrics {
  items: ChosenResult[];
  chosen: number;
  inReach: number;
  found: number;
  /** found / inReach; null when nothing is in reach. */
  recall: number | null;
  candidates: number;
  /** Candidates that are a chosen item of their section. */
  chosenCandidates: number;
  /** chosenCandidates / candidates; null without candidates. */
  precision: number | null;
  /** Found items ranked 1–10 in their section. */
  inTop10: number;
  outOfReach: Record<OutOfReach, number>;
}

/** A Stortinget sak, question or publication named by a URL, or undefined. */
export function stortingetKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.replace(/^www\./, '').toLowerCase();
  if (host !== 'stortinget.no' && host !== 'data.stortinget.no') return undefined;
  const query = parsed.searchParams;
  const sak = query.get('p');
  if (sak && /^\d+$/.test(sak)) return `stortinget:sak:${sak}`;
  const question = query.get('qid');
  if (question && /^\d+$/.test(question)) return `stortinget:sporsmal:${question}`;
  const publication = query.get('publikasjonid') ?? parsed.pathname.split('/').filter(Boolean).at(-1);
  // Publication ids: dok8-202122-144s, dok6-202122, dok3-202122-008, inns-202122-402l, refs-….
  if (publication && /^(?:dok\d+|inns|refs)-\d{6}(?:-[0-9a-z]+)?$/i.test(publication)) return `stortinget:publikasjon:${publication.toLowerCase()}`;
  return undefined;
}

/**
 * Lovdata Pro names its document in the fragment (`lovdata.no/pro/#document/…`), which
 * canonicalUrl drops: every Pro link would be one key. The fragment stays for those.
 */
function canonicalKey(url: string): string {
  const canonical = canonicalUrl(url);
  const fragment = /#(document\/.+)$/.exec(url)?.[1];
  return fragment && /^https:\/\/lovdata\.no\/pro$/.test(canonical) ? `${canonical}#${fragment.toLowerCase()}` : canonical;
}

/** The identity keys of a set of URLs: canonical URLs, and Stortinget ids where there are any. */
export function matchKeys(urls: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const url of urls) {
    keys.add(canonicalKey(url));
    const key = stortingetKey(url);
    if (key) keys.add(key);
  }
  return keys;
}

const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => [...a].some((key) => b.has(key));

function chosenKeys(chosen: ChosenItem): Set<string> {
  return matchKeys([chosen.url, ...(chosen.sameAs ?? [])]);
}

function candidateKeys(candidate: CandidateView): Set<string> {
  const seen = Array.isArray(candidate.seenUrls) ? candidate.seenUrls.filter((u): u is string => typeof u === 'string') : [];
  return matchKeys([candidate.url, candidate.canonicalUrl, ...seen]);
}

function reachOf(chosen: ChosenItem, input: MetricsInput): { why: OutOfReach; detail: string } | undefined {
  if (chosen.notWatchable) return { why: 'not-watchable', detail: `not watchable: ${chosen.notWatchable}` };
  if (chosen.sourceId === null) return { why: 'not-watched', detail: 'site not watched: no source is meant to watch it' };
  if (!input.configured.has(chosen.sourceId)) return { why: 'not-watched', detail: `site not watched: no enabled source "${chosen.sourceId}" in sources.json` };
  if (!input.watched.has(chosen.sourceId)) {
    const why = input.notReplayed?.get(chosen.sourceId) ?? 'no replica site yet';
    return { why: 'not-replayed', detail: `source "${chosen.sourceId}" not replayed: ${why}` };
  }
  return undefined;
}

const day = (iso: string): string => iso.slice(0, 10);

function whyNotCandidate(item: ListedView, periodFrom: string): string {
  const sources = item.sourceIds.join(', ');
  if (item.baseline) return `listed but not a candidate: recorded in the silent baseline of ${day(item.firstSeen)} (${sources})`;
  if (item.firstSeen < periodFrom) return `listed but not a candidate: first seen ${day(item.firstSeen)}, before the period (${sources})`;
  return `listed but not a candidate: first seen ${day(item.firstSeen)} (${sources}), ranked out (no required keyword, or below minScore)`;
}

export function computeMetrics(input: MetricsInput): Metrics {
  const sections = input.sections.map((section) => ({
    section,
    keyed: section.candidates.map((candidate) => ({ candidate, keys: candidateKeys(candidate) })),
  }));
  const listed = input.listed.map((item) => ({ item, keys: matchKeys([item.url, item.canonicalUrl]) }));

  const items: ChosenResult[] = input.chosen.map((chosen): ChosenResult => {
    const reach = reachOf(chosen, input);
    if (reach) return { chosen, outcome: 'out-of-reach', outOfReach: reach.why, detail: reach.detail };
    const keys = chosenKeys(chosen);
    const own = sections.find((s) => s.section.id === chosen.section);
    const index = own ? own.keyed.findIndex(({ keys: k }) => overlaps(keys, k)) : -1;
    if (own && index >= 0) {
      const { candidate } = own.keyed[index]!;
      return {
        chosen,
        outcome: 'found',
        rank: index + 1,
        sectionSize: own.keyed.length,
        score: candidate.score,
        reasons: candidate.reasons,
        matchedTitle: candidate.title,
        detail: `rank ${index + 1} of ${own.keyed.length}`,
      };
    }
    for (const { section, keyed } of sections) {
      const at = keyed.findIndex(({ keys: k }) => overlaps(keys, k));
      if (at < 0) continue;
      const { candidate } = keyed[at]!;
      return {
        chosen,
        outcome: 'wrong-section',
        score: candidate.score,
        reasons: candidate.reasons,
        matchedTitle: candidate.title,
        detail: `wrong section: a candidate in ${section.id} (rank ${at + 1} of ${keyed.length}), not in ${chosen.section}`,
      };
    }
    const recorded = listed.find(({ keys: k }) => overlaps(keys, k));
    if (recorded) {
      return { chosen, outcome: 'listed-not-candidate', matchedTitle: recorded.item.title, detail: whyNotCandidate(recorded.item, input.periodFrom) };
    }
    return { chosen, outcome: 'never-listed', detail: `never listed: no watched source recorded ${chosen.url}` };
  });

  const chosenBySection = new Map<string, Set<string>[]>();
  for (const chosen of input.chosen) {
    chosenBySection.set(chosen.section, [...(chosenBySection.get(chosen.section) ?? []), chosenKeys(chosen)]);
  }
  let candidates = 0;
  let chosenCandidates = 0;
  for (const { section, keyed } of sections) {
    candidates += keyed.length;
    const wanted = chosenBySection.get(section.id) ?? [];
    chosenCandidates += keyed.filter(({ keys }) => wanted.some((w) => overlaps(w, keys))).length;
  }

  const inReach = items.filter((r) => r.outcome !== 'out-of-reach').length;
  const found = items.filter((r) => r.outcome === 'found').length;
  const outOfReach: Record<OutOfReach, number> = { 'not-watched': 0, 'not-replayed': 0, 'not-watchable': 0 };
  for (const r of items) if (r.outOfReach) outOfReach[r.outOfReach] += 1;
  return {
    items,
    chosen: items.length,
    inReach,
    found,
    recall: inReach === 0 ? null : found / inReach,
    candidates,
    chosenCandidates,
    precision: candidates === 0 ? null : chosenCandidates / candidates,
    inTop10: items.filter((r) => r.outcome === 'found' && (r.rank ?? Infinity) <= 10).length,
    outOfReach,
  };
}
