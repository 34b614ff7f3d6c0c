/** `sources suggest` and the diagnosis of `sources probe` for people: what was found, what to paste. */
import type { PageReport } from '../sources/selector-report.js';
import type { Suggestion } from '../sources/suggest.js';
import { parseDate } from '../sources/dates.js';
import { osloDay } from '../time/oslo.js';

export function formatItems(items: Suggestion['items'], max = 10): string[] {
  const lines = items.slice(0, max).map((item, i) => {
    const iso = item.publishedRaw ? parseDate(item.publishedRaw)?.iso : undefined;
    const date = iso ? osloDay(iso) : item.publishedRaw ? `(${item.publishedRaw})` : '(no date)';
    return `${String(i + 1).padStart(3)}. ${date.padEnd(10)}  ${item.title}\n     ${item.url}`;
  });
  if (items.length > max) lines.push(`     … and ${items.length - max} more`);
  return lines;
}

export function formatSuggestion(
  suggestion: Suggestion,
  blocks: { listing?: Record<string, unknown>; feeds: Record<string, unknown>[] },
): string {
  const out: string[] = [];
  for (const [i, feed] of suggestion.feeds.entries()) {
    out.push(`The page advertises a${feed.type === 'atom' ? 'n Atom' : 'n RSS'} feed${feed.title ? ` («${feed.title}»)` : ''}: ${feed.url}`);
    out.push('A feed is the sturdiest source; consider the "feed" kind:', JSON.stringify(blocks.feeds[i], null, 2), '');
  }
  if (!blocks.listing) {
    out.push(`No listing block to suggest: ${suggestion.problem ?? 'no article links found'}.`);
    return `${out.join('\n')}\n`;
  }
  const how = suggestion.select ? 'selectors that read every item, with the link pattern as fallback' : 'the link pattern (no selectors gave back the same items)';
  out.push(`Source block (${how}); paste it into "sources" in sources.json and set "section":`);
  out.push(JSON.stringify(blocks.listing, null, 2), '');
  out.push(`It finds ${suggestion.items.length} item${suggestion.items.length === 1 ? '' : 's'} on this page:`, ...formatItems(suggestion.items));
  return `${out.join('\n')}\n`;
}

export function formatPageReport(url: string, report: PageReport): string {
  const out = [`The page now (${url}):`];
  for (const count of report.counts) {
    const where = count.field === 'item' ? 'on the page' : 'in the first item';
    out.push(`  select.${count.field.padEnd(7)} ${JSON.stringify(count.selector)} matched ${count.matches} ${where}${count.matches === 0 ? '  ← nothing' : ''}`);
  }
  out.push(`  text: ${report.excerpt || '(the page has no text)'}`);
  return `${out.join('\n')}\n`;
}
