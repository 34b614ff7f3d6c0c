/**
 * A suggestion as a source block for sources.json: what `sources suggest` prints to paste.
 * Selectors come first when they were proposed; the link pattern is always there, as the
 * fallback that survives the next redesign.
 */
import type { Suggestion } from './suggest.js';

export interface BlockOptions {
  url: string;
  kind: 'html' | 'browser';
  id: string;
  name: string;
  section: string;
}

/** "https://www.fafo.no/en/publications/fafo-reports" → "fafo-fafo-reports". Pure. */
export function suggestedId(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '').split('.')[0] ?? 'source';
  const last = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
  const id = `${host}-${last}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'source' : id.slice(0, 48).replace(/-+$/, '');
}

export function listingBlock(suggestion: Suggestion, options: BlockOptions): Record<string, unknown> | undefined {
  if (!suggestion.pattern) return undefined;
  const block: Record<string, unknown> = {
    id: options.id,
    name: options.name,
    section: options.section,
    kind: options.kind,
    url: options.url,
  };
  if (suggestion.select) {
    const { linkAttribute, ...select } = suggestion.select;
    block.select = linkAttribute === 'href' ? select : suggestion.select;
  }
  block.articles = suggestion.pattern;
  if (suggestion.pagination) block.pagination = { ...suggestion.pagination, maxPages: 2 };
  // Listings without dates need the article pages' own metadata.
  if (suggestion.items.some((item) => !item.publishedRaw)) block.detail = { maxPerRun: 10 };
  return block;
}

export function feedBlock(feedUrl: string, options: Omit<BlockOptions, 'kind' | 'url'>): Record<string, unknown> {
  return { id: options.id, name: options.name, section: options.section, kind: 'feed', url: feedUrl };
}
