/**
 * One source, fetched and extracted, nothing written: how an editor checks a source after a
 * site redesign. Shows what the watch stage would see, including its quality verdict — and,
 * when the source finds nothing, what each selector matched on the page, what the page says
 * now, and a suggested source block for it.
 */
import { oneLineError } from '../fetch/error-detail.js';
import type { Source } from '../config/schema.js';
import type { BrowserPool } from '../fetch/browser.js';
import type { HttpClient } from '../fetch/http.js';
import type { Logger } from '../log.js';
import type { PublishedDate } from '../model.js';
import { extractSource } from '../sources/registry.js';
import { selectorReport, type PageReport } from '../sources/selector-report.js';
import { suggestSource, type Suggestion } from '../sources/suggest.js';
import { parseDate } from '../sources/dates.js';
import { brokenExtraction } from './quality.js';

export interface ProbeResult {
  sourceId: string;
  ok: boolean;
  error?: string;
  items: Array<{ title: string; url: string; guid?: string; published: PublishedDate | null; summary?: string }>;
  warnings: string[];
  verdict?: string;
  /** When the source found nothing: the listing page as it is now, and what would read it. */
  diagnosis?: { url: string; page: PageReport; suggestion: Suggestion };
  durationMs: number;
}

interface FirstPage {
  url: string;
  html: string;
}

/** The listing a source reads (its own, or its fallback's), for the diagnosis. */
function listingOf(source: Source) {
  if (source.kind === 'html' || source.kind === 'browser') return source;
  if (source.kind === 'feed' && source.fallback?.kind === 'html') return source.fallback;
  return undefined;
}

export async function probeSource(source: Source, deps: { http: HttpClient; browser: BrowserPool; log: Logger }): Promise<ProbeResult> {
  const started = Date.now();
  let first: FirstPage | undefined;
  const keep = (url: string, html: string, contentType = 'text/html'): void => {
    if (!first && /html/i.test(contentType)) first = { url, html };
  };
  const browser: BrowserPool = {
    async render(url, options) {
      const page = await deps.browser.render(url, options);
      keep(page.finalUrl, page.html);
      return page;
    },
    close: () => deps.browser.close(),
  };
  const diagnose = (): ProbeResult['diagnosis'] => {
    const listing = listingOf(source);
    if (!first || !listing) return undefined;
    return { url: first.url, page: selectorReport(first.html, listing.select), suggestion: suggestSource(first.html, first.url) };
  };
  try {
    const extraction = await extractSource(source, {
      async fetch(url, options = {}) {
        const result = await deps.http.fetch(url, { ...options, conditional: false });
        if (!result.notModified) keep(result.finalUrl, result.text, result.contentType);
        return result;
      },
      browser: () => browser,
      known: () => false,
      // A probe shows what the source lists; describing news (votes on a sak) is the run's work.
      baseline: true,
      mayMatter: () => true,
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
    const diagnosis = verdict !== undefined || extraction.fellBack ? diagnose() : undefined;
    return {
      sourceId: source.id,
      ok: verdict === undefined,
      items,
      warnings: extraction.warnings,
      ...(verdict ? { verdict } : {}),
      ...(diagnosis ? { diagnosis } : {}),
      durationMs: Date.now() - started,
    };
  } catch (error) {
    return { sourceId: source.id, ok: false, error: oneLineError(error), items: [], warnings: [], durationMs: Date.now() - started };
  }
}
