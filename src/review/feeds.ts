/**
 * The two Atom feeds `sourcewatch serve` offers an editor's feed reader: the current
 * candidates (the digest's, ranked as the run ranks them) and the items accepted into the open
 * issue. Both are built from the store on each request; the rendering is report/atom.ts.
 */
import type { Config } from '../config/schema.js';
import { buildDigest, digestPeriod } from '../digest/build.js';
import { learningFor } from '../learning/learned.js';
import { renderAtom, type AtomEntry, type AtomFeed } from '../report/atom.js';
import { candidatesFeed } from '../report/candidates-feed.js';
import { escapeHtml, safeHref } from '../report/escape.js';
import type { Db } from '../store/db.js';
import { listAcceptedInIssue } from '../store/decisions.js';
import { getOpenIssue } from '../store/newsletter-issues.js';
import { formatDay } from '../time/oslo.js';
import type { ExportItem, IssueExport } from './export.js';
import { exportIssue } from './newsletter-issues.js';

export const FEED_PATHS = { candidates: '/feeds/candidates.atom', accepted: '/feeds/accepted.atom' } as const;
export type FeedName = keyof typeof FEED_PATHS;

export interface FeedLinks {
  /** The server's own address (http://host:port), for the feed's self and alternate links. */
  origin: string;
  /** A feed written as a file links to itself by its file name instead. */
  selfHref?: string;
  alternateHref?: string;
}

/** The digest's candidates now: the configured days back, with what learning knows (as `run` ranks). */
export function candidatesAtom(db: Db, config: Config, now: Date, options: FeedLinks & { learning: boolean }): string {
  const period = digestPeriod({ now, defaultDays: config.digest.days });
  const learned = options.learning ? learningFor(db, config).learned : undefined;
  const digest = buildDigest(db, config, period, now, learned ? { learned } : {});
  return renderAtom(candidatesFeed(digest, { selfHref: `${options.origin}${FEED_PATHS.candidates}`, alternateHref: `${options.origin}/candidates` }));
}

/** An accepted item: its lead sentence as the export writes it (with the link), and the editor's note. */
export function acceptedSummaryHtml(item: ExportItem, sectionTitle: string): string {
  const lead = item.leadParts.map((part) => (part.href ? `<a href="${safeHref(part.href)}">${escapeHtml(part.text)}</a>` : escapeHtml(part.text))).join('');
  const date = item.published ? `publisert ${formatDay(item.published)}` : `først sett ${formatDay(item.firstSeen)}`;
  return [
    `<p>${lead}</p>`,
    item.note ? `<p>Notat: ${escapeHtml(item.note)}</p>` : '',
    `<p>${escapeHtml(item.sourceName)} · ${escapeHtml(sectionTitle)} · ${escapeHtml(date)}</p>`,
  ].join('');
}

/** The open issue's accepted items as a feed; `decidedAt` dates each entry by when it was accepted. */
export function acceptedFeed(exp: IssueExport | undefined, decidedAt: ReadonlyMap<string, string>, now: Date, links: FeedLinks): AtomFeed {
  const entries: AtomEntry[] = (exp?.sections ?? []).flatMap((section) =>
    section.items.map((item) => ({
      // Per issue: an item carried into the next issue is news to its readers again.
      key: `accepted:${exp!.issue.id}:${item.id}`,
      title: item.title,
      url: item.url,
      updated: decidedAt.get(item.id) ?? item.published ?? item.firstSeen,
      published: item.published ?? item.firstSeen,
      author: item.sourceName,
      category: { term: section.id, label: section.title },
      summaryHtml: acceptedSummaryHtml(item, section.title),
    })),
  );
  const latest = [exp?.issue.openedAt ?? now.toISOString(), ...entries.map((e) => e.updated)].sort().at(-1)!;
  return {
    key: 'accepted',
    title: exp ? `sourcewatch – godtatt til «${exp.issue.name}»` : 'sourcewatch – godtatt (ingen åpent nummer)',
    subtitle: 'Saker redaksjonen har godtatt til det åpne nummeret av nyhetsbrevet',
    updated: latest,
    author: 'sourcewatch',
    selfHref: links.selfHref ?? `${links.origin}${FEED_PATHS.accepted}`,
    alternateHref: links.alternateHref ?? `${links.origin}/issues`,
    entries,
  };
}

export function acceptedAtom(db: Db, config: Config, now: Date, links: FeedLinks): string {
  const open = getOpenIssue(db);
  const exp = open ? exportIssue(db, config, open.id, now) : undefined;
  const decidedAt = new Map(open ? listAcceptedInIssue(db, open.id).map((d) => [d.itemId, d.decidedAt]) : []);
  return renderAtom(acceptedFeed(exp, decidedAt, now, links));
}
