/**
 * Links, with where each stands, from the newsletter archive's formats: PDF, HTML,
 * Markdown and plain text. Links come in document order; duplicates are kept (the caller
 * de-duplicates and keeps every location).
 */
import path from 'node:path';
import type { FoundLink } from '../types.js';
import { extractTextLinks } from './text.js';

export type DocumentFormat = 'pdf' | 'html' | 'markdown' | 'text';

const EXTENSIONS: Record<string, DocumentFormat> = {
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

/**
 * A document's format: by its extension (any case), else by its first bytes: `%PDF-` in
 * the first 1024 bytes (as PDF readers allow), or, after a BOM and blanks, `<!doctype html`,
 * `<html`, or an XML prolog followed by `<html`. Undefined when neither tells.
 */
export function formatOf(file: string, firstBytes?: Uint8Array): DocumentFormat | undefined {
  const byExtension = EXTENSIONS[path.extname(file).toLowerCase()];
  if (byExtension) return byExtension;
  if (!firstBytes || firstBytes.length === 0) return undefined;
  const head = Buffer.from(firstBytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  const start = head.replace(/^(?:\u00ef\u00bb\u00bf)?\s*/u, '').toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (start.startsWith('<?xml') && /<html[\s>]/u.test(start)) return 'html';
  return undefined;
}

export interface ExtractOptions {
  /** Overrides the format `formatOf` would pick. */
  format?: DocumentFormat;
  /**
   * Base for relative links (HTML, Markdown, PDF URI actions). HTML's own <base href> comes
   * first. Without any base, relative links are skipped: they cannot be checked.
   */
  baseUrl?: string;
  /** Links taken at most (links.maxLinksPerDocument); the first ones in document order. */
  maxLinks?: number;
}

export interface DocumentLinks {
  links: FoundLink[];
  /** True when the document held more than `maxLinks` links. */
  capped: boolean;
}

/**
 * Every link in one document, in document order, each with its location: `file` as given,
 * `page` (1-based) for PDF, `line` (1-based) for text, Markdown and HTML, and for PDF text
 * URLs the line within the page. Throws an Error with a clear message for an unknown format
 * or an unreadable PDF.
 */
export async function extractLinks(file: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<FoundLink[]> {
  return (await extractLinksBounded(file, bytes, options)).links;
}

/** `extractLinks`, at most `maxLinks` of them, saying whether there were more. */
export async function extractLinksBounded(file: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<DocumentLinks> {
  const format = options.format ?? formatOf(file, bytes.subarray(0, 1024));
  const base = options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {};
  const max = options.maxLinks ?? Number.POSITIVE_INFINITY;
  const capped = (links: FoundLink[]): DocumentLinks => (links.length > max ? { links: links.slice(0, max), capped: true } : { links, capped: false });
  switch (format) {
    // Each format's reader loads with the first document of that format: cheerio for HTML,
    // pdf.js for PDF — a command that only lists documents (the archive) loads none of them.
    case 'pdf':
      return (await import('./pdf.js')).extractPdfLinksBounded(file, bytes, { ...base, maxLinks: max });
    case 'html':
      return capped((await import('./html.js')).extractHtmlLinks(file, bytes, base));
    case 'markdown':
      return capped(await (await import('./markdown.js')).extractMarkdownLinks(file, bytes, base));
    case 'text':
      return capped(await extractTextLinks(file, bytes));
    default:
      throw new Error(`${file}: unknown document format (not .pdf, .html, .htm, .md, .markdown, .txt or .text, and not recognisable from its start)`);
  }
}
