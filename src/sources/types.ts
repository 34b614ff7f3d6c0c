/**
 * The contract every source kind implements: given its config and a context, fetch and
 * extract raw items. Kinds never touch the store: the watch stage decides what is new.
 */
import type { Logger } from 'pino';
import type { RawItem } from '../model.js';
import type { FetchOptions, FetchResult } from '../fetch/types.js';
import type { BrowserPool } from '../fetch/browser.js';
import type { Limits } from '../config/schema.js';

export interface SourceContext {
  /**
   * Fetch through the shared HTTP layer (proxy, charset, politeness, retries). With
   * `conditional: true` the stored validators for this URL are sent and a 304 comes back as
   * `{ notModified: true }`; new validators are kept and committed only if the run succeeds.
   */
  fetch(url: string, options?: FetchOptions): Promise<FetchResult>;
  /** The run's one browser, launched on first use. */
  browser(): BrowserPool;
  /**
   * Facts the kind remembers between runs, committed only when the run succeeds — so a 304
   * can be trusted: e.g. Stortinget's current session, a sitemap index's children.
   */
  memo: { get(key: string): string | undefined; set(key: string, value: string): void };
  /** True when this URL is already a recorded item: lets a kind skip detail-page fetches. */
  known(url: string): boolean;
  /**
   * True on a source's silent first run (or after its extraction config changed): nothing it
   * finds is news, so work done only to describe news (a sak's votes) can be skipped.
   */
  baseline: boolean;
  /**
   * Whether an item could become a candidate at all (it matches a keyword where the source
   * requires one): lets a kind spend extra requests only on items that may matter.
   */
  mayMatter(item: RawItem): boolean;
  log: Logger;
  now: Date;
  /** Bounds on the work one document may cause (`limits` in sources.json); defaults when absent. */
  limits?: Limits;
}

export interface Extraction {
  /** True when every conditional fetch came back 304: nothing to extract. */
  notModified: boolean;
  items: RawItem[];
  /**
   * True when some of the source's documents answered 304 and were not read again: `items`
   * then holds only what changed, and must not be judged against the full count.
   */
  partial?: boolean;
  /** Things an editor fixing a selector wants to know (pages skipped, fields missing). */
  warnings: string[];
  /** The selectors matched nothing and the link pattern found the items: a layout change. */
  fellBack?: boolean;
}

export type SourceHandler<S> = (source: S, context: SourceContext) => Promise<Extraction>;
