/**
 * "Did the page change layout?" A selector that stops matching does not throw: it quietly
 * finds nothing, or finds items without titles or dates. This judges an extraction against
 * what the source used to yield, so that silence becomes an alert of its own.
 */
export interface ExtractionStats {
  /** Item elements found, usable or not. */
  found: number;
  /** Usable items (title and link). */
  usable: number;
  /** Usable items whose date could be read. */
  dated: number;
}

export interface SourceHistory {
  /** Usable items last time the source was read successfully (0 on the first run). */
  lastItemCount: number;
  /** The source used to give readable dates. */
  hadDates: boolean;
  firstRun: boolean;
}

/** A reason the extraction looks broken, or undefined when it looks fine. */
export function brokenExtraction(stats: ExtractionStats, history: SourceHistory): string | undefined {
  if (stats.usable === 0) {
    if (stats.found > 0) return `${stats.found} items found, none with both a title and a link: did the page change layout?`;
    if (history.firstRun) return 'no items found on the first run: `sourcewatch sources probe <id>` shows what each selector matched and suggests a source block';
    if (history.lastItemCount > 0) return `no items found (last time ${history.lastItemCount}): did the page change layout?`;
    return 'no items found';
  }
  const unusable = stats.found - stats.usable;
  if (unusable > stats.usable) return `${unusable} of ${stats.found} items lack a title or a link: did the page change layout?`;
  if (history.hadDates && stats.dated === 0) return `none of ${stats.usable} items has a readable date any more: did the date markup change?`;
  return undefined;
}
