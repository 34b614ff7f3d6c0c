/**
 * OPML 2.0, the list of feeds every feed reader imports and exports: reading its feed
 * outlines (type="rss" with an xmlUrl), each with the titles of the folders it sits in, and
 * writing sources.json's feed sources as one, a folder per newsletter section.
 */
import type { FeedSource } from '../config/schema.js';
import { parseXml, XmlSyntaxError, type XmlElement } from './opml-xml.js';

export interface OpmlFeed {
  /** The feed's address as written (checked by the import, not here). */
  xmlUrl: string;
  htmlUrl: string | null;
  /** title, else text: what the reader called it. */
  title: string;
  /** The folders around it, innermost first ("Forskning", then "Nyhetsbrev"). */
  categories: string[];
  /** Our own id when the file came from `sources export-opml`. */
  sourceId: string | null;
  line: number;
}

export type OpmlParse = { ok: true; title: string | null; feeds: OpmlFeed[] } | { ok: false; error: string };

/** Not sourcewatch's OPML only: the attribute names are matched without case (xmlURL, htmlurl). */
function attribute(element: XmlElement, name: string): string | null {
  const key = Object.keys(element.attributes).find((k) => k.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : element.attributes[key]?.trim();
  return value ? value : null;
}

function collect(outlines: XmlElement[], categories: string[], into: OpmlFeed[]): void {
  for (const outline of outlines) {
    if (outline.name !== 'outline') continue;
    const xmlUrl = attribute(outline, 'xmlUrl');
    const title = attribute(outline, 'title') ?? attribute(outline, 'text') ?? '';
    // An outline with an xmlUrl is a feed (some readers leave out type="rss"); one without is a folder.
    if (xmlUrl !== null || (attribute(outline, 'type') ?? '').toLowerCase() === 'rss') {
      into.push({ xmlUrl: xmlUrl ?? '', htmlUrl: attribute(outline, 'htmlUrl'), title, categories, sourceId: attribute(outline, 'sourcewatchId'), line: outline.line });
    }
    collect(outline.children, title ? [title, ...categories] : categories, into);
  }
}

export function parseOpml(text: string): OpmlParse {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, error: `not well-formed XML: ${error.message}` };
    throw error;
  }
  if (root.name !== 'opml') return { ok: false, error: `not an OPML file: the root element is <${root.name}>, not <opml>` };
  const body = root.children.find((c) => c.name === 'body');
  if (!body) return { ok: false, error: 'not an OPML file: <opml> has no <body>' };
  const head = root.children.find((c) => c.name === 'head');
  const feeds: OpmlFeed[] = [];
  collect(body.children, [], feeds);
  const title = head?.children.find((c) => c.name === 'title')?.text.trim();
  return { ok: true, title: title || null, feeds };
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const attr = (value: string): string => value.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!).replace(/\r?\n/g, '&#10;');

/** What the export writes beside a feed's own address: the listing its fallback reads, if any. */
function htmlUrlOf(source: FeedSource): string | null {
  return source.fallback?.kind === 'html' ? source.fallback.url : null;
}

export function renderOpml(input: { title: string; dateCreated: string; sections: Array<{ id: string; title: string }>; sources: FeedSource[] }): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${attr(input.title)}</title>`,
    `    <dateCreated>${new Date(input.dateCreated).toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
  ];
  for (const section of input.sections) {
    const feeds = input.sources.filter((s) => s.section === section.id);
    if (feeds.length === 0) continue;
    lines.push(`    <outline text="${attr(section.title)}" title="${attr(section.title)}">`);
    for (const source of feeds) {
      const html = htmlUrlOf(source);
      lines.push(
        `      <outline type="rss" text="${attr(source.name)}" title="${attr(source.name)}" xmlUrl="${attr(source.url)}"${html ? ` htmlUrl="${attr(html)}"` : ''} sourcewatchId="${attr(source.id)}"/>`,
      );
    }
    lines.push('    </outline>');
  }
  lines.push('  </body>', '</opml>');
  return `${lines.join('\n')}\n`;
}
