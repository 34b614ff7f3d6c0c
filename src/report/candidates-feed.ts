/**
 * The digest's candidates as an Atom feed, for a feed reader (Miniflux, FreshRSS, Outlook):
 * one entry per candidate, best first within each section, the section as the category. The
 * entry id comes from the candidate's id (the item's, or the event's for an event), so a
 * reader sees a candidate once however many runs list it.
 */
import type { Candidate, Digest, DigestSection } from '../model/digest.js';
import { formatDay } from '../time/oslo.js';
import { renderAtom, type AtomEntry, type AtomFeed } from './atom.js';
import { escapeHtml } from './escape.js';
import { formatReasons } from './reasons.js';
import { stepText } from './step-text.js';

/** Where the file beside the digest says it lives; the server gives its own address instead. */
export const CANDIDATES_FEED_FILE = 'latest.atom';

/** The lines a reader shows under the title: what happened, the summary, source, date, score and why. */
export function candidateSummaryHtml(c: Candidate, section: DigestSection): string {
  const date = c.published?.iso ? `publisert ${formatDay(c.published.iso)}` : `først sett ${formatDay(c.firstSeen)}`;
  return [
    c.event ? `<p><strong>${escapeHtml(stepText(c.event))}</strong></p>` : '',
    c.summary ? `<p>${escapeHtml(c.summary)}</p>` : '',
    `<p>${escapeHtml(c.sourceName)} · ${escapeHtml(section.title)} · ${escapeHtml(date)}</p>`,
    `<p>Poeng ${c.score}${c.reasons.length > 0 ? `: ${escapeHtml(formatReasons(c.reasons))}` : ''}</p>`,
  ].join('');
}

export function candidateEntry(c: Candidate, section: DigestSection): AtomEntry {
  return {
    key: c.id,
    title: c.title,
    url: c.url,
    // When it happened, not when we ranked it: the entry stays the same from run to run.
    updated: c.event?.at ?? c.published?.iso ?? c.firstSeen,
    published: c.published?.iso ?? c.firstSeen,
    author: c.sourceName,
    category: { term: section.id, label: section.title },
    summaryHtml: candidateSummaryHtml(c, section),
  };
}

export function candidatesFeed(digest: Digest, links: { selfHref: string; alternateHref?: string }): AtomFeed {
  return {
    key: 'candidates',
    title: 'sourcewatch – kandidater',
    subtitle: `Kandidater til nyhetsbrevet, ${formatDay(digest.period.from)}–${formatDay(digest.period.to)}`,
    updated: digest.generatedAt,
    author: 'sourcewatch',
    ...links,
    entries: digest.sections.flatMap((section) => section.candidates.map((c) => candidateEntry(c, section))),
  };
}

/** The digest format: the file written beside digest-<day>.html, pointing at latest.atom. */
export function formatDigestAtom(digest: Digest): string {
  return renderAtom(candidatesFeed(digest, { selfHref: CANDIDATES_FEED_FILE }));
}
