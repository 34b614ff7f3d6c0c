/**
 * The `stortinget` kind's run: the current session (remembered, asked conditionally), then
 * the configured endpoints, every list asked conditionally so that an unchanged API costs
 * nothing but 304s; the votes of saker treated since the last run that may matter.
 * Parsers and shapes: stortinget.ts.
 */
import type { StortingetSource } from '../config/schema.js';
import { oneLineError } from '../fetch/error-detail.js';
import type { FetchedPage } from '../fetch/types.js';
import type { RawItem } from '../model.js';
import { collapseWhitespace, parseError } from './feed-text.js';
import { sizeCapNote, withSizeCap } from './limits.js';
import {
  parsePublikasjoner,
  parseSaker,
  parseSessions,
  parseSporsmal,
  parseVoteringer,
  sakerByReference,
  STORTINGET_JSON_ACCEPT,
  treatedSaker,
  withSlash,
  type PublikasjonOptions,
} from './stortinget.js';
import type { Votes } from './stortinget-milestones.js';
import type { Extraction, SourceContext, SourceHandler } from './types.js';

function readJson(page: FetchedPage, endpoint: string): unknown {
  try {
    return JSON.parse(page.text);
  } catch (error) {
    const start = collapseWhitespace(page.text.slice(0, 60));
    throw withSizeCap(parseError(`${endpoint}: the response is not JSON (${(error as Error).message}); it starts "${start}"`), page.truncated, page.body.length);
  }
}

function exportUrl(base: string, endpoint: string, params: Record<string, string>): string {
  return `${base}${endpoint}?${new URLSearchParams({ ...params, format: 'json' }).toString()}`;
}

/**
 * The votes of saker treated since the last run that may become candidates, at most
 * `votesPerRun` (the others' events say only that they were treated). Which saker were
 * treated already is remembered; on a baseline, or the first run that remembers, nothing is
 * fetched: none of it is news.
 */
async function votesOfNewlyTreated(
  saker: unknown,
  source: StortingetSource,
  context: SourceContext,
  votesUrl: (sakId: string) => string,
  warnings: string[],
): Promise<Map<string, Votes>> {
  const treated = treatedSaker(saker);
  const remembered = context.memo.get('treated');
  context.memo.set('treated', treated.map((sak) => sak.id).join(','));
  const votes = new Map<string, Votes>();
  if (context.baseline || remembered === undefined) return votes;
  const before = new Set(remembered.split(','));
  const fresh = treated.filter((sak) => !before.has(sak.id) && context.mayMatter({ title: sak.title, url: '', ...(sak.summary ? { summary: sak.summary } : {}) }));
  for (const sak of fresh.slice(0, source.votesPerRun)) {
    try {
      const page = await context.fetch(votesUrl(sak.id), { accept: STORTINGET_JSON_ACCEPT });
      if (page.notModified) continue;
      votes.set(sak.id, parseVoteringer(readJson(page, 'voteringer'), { representantforslag: sak.representantforslag }));
    } catch (error) {
      // The event still says the sak was treated; only its outcome is missing.
      warnings.push(`voteringer for sak ${sak.id}: ${oneLineError(error)}`);
    }
  }
  if (fresh.length > source.votesPerRun) warnings.push(`${fresh.length - source.votesPerRun} newly treated saker without their votes (votesPerRun ${source.votesPerRun})`);
  return votes;
}

export const stortingetHandler: SourceHandler<StortingetSource> = async (source, context): Promise<Extraction> => {
  const base = withSlash(source.url);
  const webBase = withSlash(source.webBase);
  const warnings: string[] = [];

  let session = source.session;
  if (session === 'current') {
    // Asked conditionally: the session changes once a year, and the one we found last time is
    // remembered, so an unchanged API costs nothing but 304s.
    const remembered = context.memo.get('session');
    const page = await context.fetch(exportUrl(base, 'sesjoner', {}), { accept: STORTINGET_JSON_ACCEPT, conditional: remembered !== undefined });
    if (page.notModified) {
      session = remembered!;
    } else {
      session = parseSessions(readJson(page, 'sesjoner')).current;
      context.memo.set('session', session);
    }
  }

  let conditionalFetches = 0;
  let notModified = 0;
  /** The endpoint's JSON, or null when it answered 304. */
  const get = async (endpoint: string, params: Record<string, string>, conditional = true): Promise<unknown> => {
    const page = await context.fetch(exportUrl(base, endpoint, params), { conditional, accept: STORTINGET_JSON_ACCEPT });
    if (conditional) conditionalFetches++;
    if (page.notModified) {
      notModified++;
      return null;
    }
    if (page.truncated) warnings.push(`${endpoint} was ${sizeCapNote(page.body.length)}`);
    return readJson(page, endpoint);
  };

  const wants = new Set(source.endpoints);
  const publications: unknown[] = [];
  if (wants.has('publikasjoner')) {
    for (const type of source.publikasjontyper) {
      const json = await get('publikasjoner', { publikasjontype: type, sesjonid: session });
      if (json !== null) publications.push(json);
    }
  }

  const items: RawItem[] = [];
  let saker: unknown = null;
  if (wants.has('saker') || publications.length > 0) {
    // New publications need the saker list for their titles, 304 or not.
    saker = await get('saker', { sesjonid: session }, publications.length === 0);
    if (wants.has('saker') && saker !== null) {
      const votes = await votesOfNewlyTreated(saker, source, context, (sakId) => exportUrl(base, 'voteringer', { sakid: sakId }), warnings);
      items.push(...parseSaker(saker, webBase, votes));
    }
  }
  if (wants.has('skriftligesporsmal')) {
    // Without status=alle the API lists answered questions only.
    const json = await get('skriftligesporsmal', { sesjonid: session, status: 'alle' });
    if (json !== null) items.push(...parseSporsmal(json, webBase));
  }
  if (publications.length > 0) {
    const byReference = saker !== null ? sakerByReference(saker) : undefined;
    const options: PublikasjonOptions = { exportBase: base };
    if (byReference) options.saker = byReference;
    for (const json of publications) items.push(...parsePublikasjoner(json, webBase, session, options));
  }

  if (conditionalFetches > 0 && notModified === conditionalFetches) return { notModified: true, items: [], warnings: [] };
  return { notModified: false, items, warnings, partial: notModified > 0 };
};
