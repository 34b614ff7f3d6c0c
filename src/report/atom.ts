/**
 * Atom 1.0 (RFC 4287) as text: a feed of entries, each with a stable id, a link and an HTML
 * summary. Pure: plain data in, XML out. Every text goes through escapeXml, and the HTML
 * summary is escaped once more as the content of a type="html" element, so a title with <, &
 * or quotes reads back as it was written.
 */
import { createHash } from 'node:crypto';
import { safeHref } from './escape.js';

export interface AtomEntry {
  /** What makes the entry itself: an item's or an event's id. The entry id is derived from it. */
  key: string;
  title: string;
  url: string;
  /** ISO instant the entry last changed in a way a reader should see. */
  updated: string;
  published?: string | null;
  /** Who published it (the source's name). */
  author?: string;
  /** The section: term is its id, label its title. */
  category?: { term: string; label: string };
  /** Already HTML (built with escapeHtml); escaped again here as type="html" content. */
  summaryHtml: string;
}

export interface AtomFeed {
  /** What makes the feed itself (the feed's kind and the newsletter); the feed id is derived from it. */
  key: string;
  title: string;
  subtitle?: string;
  updated: string;
  author: string;
  /** Where this feed is fetched from; relative when written as a file beside the digest. */
  selfHref: string;
  /** The page the feed belongs to (the review page), when there is one. */
  alternateHref?: string;
  entries: AtomEntry[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// Characters XML 1.0 forbids (C0 controls other than tab, newline, return; lone surrogates, U+FFFE/F):
// a stray one from a web page would make the whole feed unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

/**
 * urn:uuid:… from a name: the SHA-1 of it shaped as a version-5 UUID, so the same item gets
 * the same id in every run, on every machine, in every written or served copy of the feed.
 */
export function atomId(name: string): string {
  const hex = createHash('sha1').update(`sourcewatch:${name}`).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** RFC 3339 as Atom wants it; an unreadable date becomes the fallback (the feed's own time). */
export function atomDate(iso: string | null | undefined, fallback: string): string {
  const time = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(time) ? new Date(Date.parse(fallback)).toISOString() : new Date(time).toISOString();
}

function entryXml(entry: AtomEntry, feedUpdated: string): string {
  const lines = [
    '  <entry>',
    `    <id>${atomId(`entry:${entry.key}`)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${atomDate(entry.updated, feedUpdated)}</updated>`,
  ];
  if (entry.published) lines.push(`    <published>${atomDate(entry.published, feedUpdated)}</published>`);
  if (entry.author) lines.push(`    <author><name>${escapeXml(entry.author)}</name></author>`);
  lines.push(`    <link rel="alternate" type="text/html" href="${safeHref(entry.url)}"/>`);
  if (entry.category) lines.push(`    <category term="${escapeXml(entry.category.term)}" label="${escapeXml(entry.category.label)}"/>`);
  lines.push(`    <summary type="html">${escapeXml(entry.summaryHtml)}</summary>`, '  </entry>');
  return lines.join('\n');
}

export function renderAtom(feed: AtomFeed): string {
  const updated = atomDate(feed.updated, new Date(0).toISOString());
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">',
    `  <id>${atomId(`feed:${feed.key}`)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfHref)}"/>`,
    ...(feed.alternateHref ? [`  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateHref)}"/>`] : []),
    '  <generator>sourcewatch</generator>',
  ];
  return `${[...head, ...feed.entries.map((entry) => entryXml(entry, updated)), '</feed>'].join('\n')}\n`;
}
