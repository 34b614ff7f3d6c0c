/**
 * What an OPML import would do to sources.json, decided before anything is written: each feed
 * outline is added (as a feed source with a new id, in a section), skipped (its address is
 * already a source, or earlier in the same file), or invalid (no http(s) address). Pure.
 */
import type { Config } from '../config/schema.js';
import type { OpmlFeed } from './opml.js';

/** A new source as it is written into sources.json (the keys in the order the file uses). */
export interface NewFeedSource {
  id: string;
  name: string;
  section: string;
  kind: 'feed';
  url: string;
}

export interface OpmlImportPlan {
  add: Array<{ feed: OpmlFeed; source: NewFeedSource; sectionFrom: 'category' | 'default' }>;
  skipped: Array<{ feed: OpmlFeed; sameAs: string }>;
  invalid: Array<{ feed: OpmlFeed; reason: string }>;
}

/** An address as feeds are compared: scheme and host without case, no fragment, no trailing slash, no www. */
export function feedKey(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    parsed.hash = '';
    const host = parsed.hostname.replace(/^www\./, '');
    return `${host}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return null;
  }
}

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ß: 'ss' };

/** "Fafo – rapporter" → "fafo-rapporter": lowercase letters, digits and dashes, at most 40 characters. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => LETTERS[c]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

function uniqueId(wanted: string, taken: Set<string>): string {
  const base = wanted || 'feed';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The section of a feed: the innermost folder named like a section (its id or title), if any. */
export function sectionOf(categories: string[], sections: Config['sections']): string | undefined {
  const norm = (text: string): string => text.trim().toLowerCase();
  for (const category of categories) {
    const match = sections.find((s) => norm(s.id) === norm(category) || norm(s.title) === norm(category));
    if (match) return match.id;
  }
  return undefined;
}

export function planOpmlImport(config: Pick<Config, 'sections' | 'sources'>, feeds: OpmlFeed[], options: { section?: string } = {}): OpmlImportPlan {
  const defaultSection = options.section ?? config.sections[0]!.id;
  const known = new Map<string, string>();
  for (const source of config.sources) {
    const urls = ['url' in source ? source.url : undefined, source.kind === 'feed' ? source.fallback?.url : undefined];
    for (const url of urls) {
      const key = url ? feedKey(url) : null;
      if (key && !known.has(key)) known.set(key, source.id);
    }
  }
  const taken = new Set(config.sources.map((s) => s.id));
  const plan: OpmlImportPlan = { add: [], skipped: [], invalid: [] };
  for (const feed of feeds) {
    if (!feed.xmlUrl) {
      plan.invalid.push({ feed, reason: 'no xmlUrl' });
      continue;
    }
    const key = feedKey(feed.xmlUrl);
    if (!key) {
      plan.invalid.push({ feed, reason: `not an http(s) address: ${feed.xmlUrl}` });
      continue;
    }
    const sameAs = known.get(key);
    if (sameAs) {
      plan.skipped.push({ feed, sameAs });
      continue;
    }
    const fromCategory = sectionOf(feed.categories, config.sections);
    const name = feed.title || new URL(feed.xmlUrl).hostname;
    // Our own export names each source's id: a round trip keeps it, unless it is taken.
    const wanted = feed.sourceId && /^[a-z0-9][a-z0-9-]*$/.test(feed.sourceId) && !taken.has(feed.sourceId) ? feed.sourceId : slug(name);
    const source: NewFeedSource = { id: uniqueId(wanted, taken), name, section: fromCategory ?? defaultSection, kind: 'feed', url: feed.xmlUrl.trim() };
    known.set(key, source.id);
    plan.add.push({ feed, source, sectionFrom: fromCategory ? 'category' : 'default' });
  }
  return plan;
}
