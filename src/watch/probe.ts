/**
 * One source, fetched and extracted, nothing written: how an editor checks a selector after a
 * site redesign. Shows what the watch stage would see, including its quality verdict.
 */
import type { Source } from '../config/schema.js';
import type { BrowserPool } from '../fetch/browser.js';
import type { HttpClient } from '../fetch/http.js';
import type { Logger } from '../log.js';
import type { PublishedDate } from '../model.js';
import { extractSource } from '../sources/registry.js';
import { parseDate } from './dates.js';
import { brokenExtraction } from './quality.js';

export interface ProbeResult {
  sourceId: string;
  ok: boolean;
  error?: string;
  items: Array<{ title: string; url: string; guid?: string; published: PublishedDate | null; summary?: string }>;
  warnings: string[];
  verdict?: string;
  durationMs: number;
}

export async function probeSource(source: Source, deps: { http: HttpClient; browser: BrowserPool; log: Logger }): Promise<ProbeResult> {
  const started = Date.now();
  try {
    const extraction = await extractSource(source, {
      fetch: (url, options = {}) => deps.http.fetch(url, { ...options, conditional: false }),
      browser: () => deps.browser,
      known: () => false,
      memo: { get: () => undefined, set: () => undefined },
      log: deps.log,
      now: new Date(),
    });
    const items = extraction.items.map((item) => ({
      title: item.title,
      url: item.url,
      ...(item.guid ? { guid: item.guid } : {}),
      published: item.publishedRaw ? parseDate(item.publishedRaw) : null,
      ...(item.summary ? { summary: item.summary } : {}),
    }));
    const usable = items.filter((i) => i.title && i.url);
    const verdict = brokenExtraction(
      { found: items.length, usable: usable.length, dated: usable.filter((i) => i.published?.iso).length },
      { lastItemCount: 0, hadDates: false, firstRun: true },
    );
    return { sourceId: source.id, ok: verdict === undefined, items, warnings: extraction.warnings, ...(verdict ? { verdict } : {}), durationMs: Date.now() - started };
  } catch (error) {
    return { sourceId: source.id, ok: false, error: error instanceof Error ? error.message : String(error), items: [], warnings: [], durationMs: Date.now() - started };
  }
}
