/** State for review tests: a small config and items put into a temp store through the store functions. */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import type { Item } from '../../src/model.js';
import { openDb, type Db } from '../../src/store/db.js';
import { addItemKeys, insertItem, recordSighting } from '../../src/store/items.js';
import { tempDir } from './runtime.js';

export function reviewConfig(review: Record<string, unknown> = {}): Config {
  return parseConfig({
    version: 1,
    sections: [
      { id: 'politiske-tiltak', title: 'Politiske tiltak' },
      { id: 'forskning', title: 'Forskningsrapporter og digitale seminarer' },
      { id: 'greta', title: 'GRETA' },
    ],
    ranking: {
      keywords: [
        { label: 'menneskehandel', terms: ['menneskehandel*', 'trafficking*'], weight: 10 },
        { label: 'tvangsarbeid', terms: ['tvangsarbeid*', 'forced labo*r'], weight: 6 },
      ],
      recency: { weight: 2, halfLifeDays: 14 },
    },
    review: {
      templates: {
        forskning: '{source} lanserte i {month} rapporten «{title}», se her.',
        greta: 'GRETA publiserte i {month} «{title}», se her.',
      },
      defaultTemplate: '{source} publiserte i {month} {kind} «{title}», se her.',
      ...review,
    },
    sources: [
      { id: 'fafo', name: 'Fafo – rapporter', section: 'forskning', kind: 'feed', url: 'https://www.fafo.no/rss' },
      { id: 'greta', name: 'GRETA – Europarådet (coe.int)', section: 'greta', kind: 'feed', url: 'https://www.coe.int/rss', ranking: { weight: 5 } },
      {
        id: 'stortinget',
        name: 'Stortinget – saker',
        section: 'politiske-tiltak',
        kind: 'feed',
        url: 'https://www.stortinget.no/rss',
        ranking: { requireKeyword: true },
      },
      { id: 'regjeringen', name: 'Regjeringen – dokumenter', section: 'politiske-tiltak', kind: 'feed', url: 'https://www.regjeringen.no/rss' },
    ],
  });
}

export interface NewItem {
  sourceId: string;
  title: string;
  url?: string;
  summary?: string | null;
  /** ISO instant the source gave as publication date. */
  published?: string | null;
  firstSeen: string;
  /** Other sources that listed it too. */
  alsoSourceIds?: string[];
  baseline?: boolean;
}

/** Record an item as a watch run would (row, identity key, sightings). */
export function addItem(db: Db, input: NewItem): Item {
  const url = input.url ?? `https://example.org/${encodeURIComponent(input.title.toLowerCase().replace(/\s+/g, '-'))}`;
  const id = createHash('sha1').update(`${input.sourceId}\n${input.title}\n${url}`).digest('hex').slice(0, 16);
  const item: Item = {
    id,
    sourceId: input.sourceId,
    sourceIds: [input.sourceId],
    title: input.title,
    url,
    canonicalUrl: url.replace(/^https?:\/\/(www\.)?/, 'https://'),
    published: input.published ? { raw: input.published, iso: input.published, dateOnly: false } : null,
    summary: input.summary ?? null,
    firstSeen: input.firstSeen,
    baseline: input.baseline ?? false,
  };
  db.transaction(() => {
    insertItem(db, item, 'test-run');
    addItemKeys(db, id, [`url:${item.canonicalUrl}`]);
    recordSighting(db, id, { sourceId: input.sourceId, url, at: input.firstSeen });
    for (const other of input.alsoSourceIds ?? []) recordSighting(db, id, { sourceId: other, url, at: input.firstSeen });
  })();
  return { ...item, sourceIds: [input.sourceId, ...(input.alsoSourceIds ?? [])] };
}

/** A fresh store in a temp dir. */
export function tempStore(): { db: Db; dir: string; reopen(): Db; cleanup(): void } {
  const dir = tempDir('sourcewatch-review-');
  const state = { db: openDb(dir) };
  return {
    get db() {
      return state.db;
    },
    dir,
    reopen() {
      state.db.close();
      state.db = openDb(dir);
      return state.db;
    },
    cleanup() {
      if (state.db.open) state.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
