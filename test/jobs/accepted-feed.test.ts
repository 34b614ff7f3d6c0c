/**
 * The open issue's accepted items are written beside the digest files as a feed, as `serve`
 * offers them: an editor can follow the file without the review page running.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCEPTED_FEED_FILE, writeAcceptedFeed } from '../../src/jobs/digest-files.js';
import { decide } from '../../src/review/decisions.js';
import { openNextIssue } from '../../src/review/newsletter-issues.js';
import { child, expectAtomEssentials } from '../helpers/atom.js';
import { addItem, reviewConfig, tempStore } from '../helpers/review-state.js';

const config = reviewConfig();
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function setUp(): { store: ReturnType<typeof tempStore>; storageDir: string } {
  const store = tempStore();
  const storageDir = mkdtempSync(path.join(tmpdir(), 'sw-accepted-'));
  cleanups.push(() => store.cleanup(), () => rmSync(storageDir, { recursive: true, force: true }));
  return { store, storageDir };
}

describe('writeAcceptedFeed', () => {
  it('writes the accepted items of the open issue, linking to itself by file name', async () => {
    const { store, storageDir } = setUp();
    const item = addItem(store.db, { sourceId: 'fafo', title: 'Tvangsarbeid i Norge', url: 'https://www.fafo.no/tvang', firstSeen: '2026-06-10T05:00:00Z' });
    addItem(store.db, { sourceId: 'greta', title: 'Not accepted', url: 'https://www.coe.int/x', firstSeen: '2026-06-11T05:00:00Z' });
    expect(openNextIssue(store.db, { name: 'Nyhetsbrev juni 2026' }, new Date('2026-06-13T08:00:00Z')).ok).toBe(true);
    expect(decide(store.db, config, { itemId: item.id, decision: 'accepted' }, new Date('2026-06-14T08:00:00Z')).ok).toBe(true);

    const file = writeAcceptedFeed(store.db, config, storageDir, new Date('2026-06-15T09:00:00Z'));
    expect(file).toBe(path.join(storageDir, 'digests', ACCEPTED_FEED_FILE));
    const xml = readFileSync(file, 'utf8');
    const feed = expectAtomEssentials(xml);
    expect(child(feed, 'link').find((link) => link.attributes.rel === 'self')!.attributes.href).toBe(ACCEPTED_FEED_FILE);
    const parsed = await new Parser().parseString(xml);
    expect(parsed.items.map((entry) => entry.title)).toEqual(['Tvangsarbeid i Norge']);
    expect(parsed.items[0]!.link).toBe('https://www.fafo.no/tvang');
  });

  it('writes a valid, empty feed when no issue is open, and the same entries on a second run', async () => {
    const { store, storageDir } = setUp();
    const at = new Date('2026-06-15T09:00:00Z');
    const first = readFileSync(writeAcceptedFeed(store.db, config, storageDir, at), 'utf8');
    expect(existsSync(path.join(storageDir, 'digests', ACCEPTED_FEED_FILE))).toBe(true);
    expect(child(expectAtomEssentials(first), 'entry')).toHaveLength(0);
    expect(readFileSync(writeAcceptedFeed(store.db, config, storageDir, at), 'utf8')).toBe(first);
  });
});
