/**
 * Links in a PDF, page by page, with pdfjs-dist (legacy build, the one meant for Node):
 * 1. link annotations (`/Subtype /Link` with a URI action): exact, no line number;
 * 2. URLs written in the page text: lines are rebuilt from the text items' positions, then
 *    the shared plain-text finder runs on them, URLs the writer wrapped over lines joined.
 * A URL found both ways on the same page is reported once (the annotation's, which is
 * exact). A URL the writer wrapped is joined by the plain-text rules, helped by the layout:
 * lines filled to their column's width count as wrapped, a paragraph gap or a jump to
 * another column never continues a URL, and a URL that fills a full line may go on onto a
 * next line set alike that holds nothing else (`…%3D` + `true`). A URL cut by a page break
 * is not joined (each page is read on its own). Links come in the page's content order: a text URL where its text stands, an
 * annotation where the text under it stands, annotations over no text at the page's end.
 *
 * Node has no Web Worker: pdfjs then runs its worker's code in this thread (its "fake
 * worker"). We load the worker module ourselves once, which sets `globalThis.pdfjsWorker`;
 * pdfjs then uses that directly instead of `import()`ing `GlobalWorkerOptions.workerSrc`
 * (by default "./pdf.worker.mjs" next to pdf.mjs, which breaks once bundled).
 */
import type { FoundLink } from '../types.js';
import { countPdfLinkAnnotations } from './pdf-link-count.js';
import { findUrlsInText, resolveLinkTarget } from './urls-in-text.js';

import { loadPdfJs, pdfjsDataDirs, type PdfJs } from './pdfjs.js';

export interface PdfOptions {
  /** Base for relative URI actions (rare); without it they are skipped. */
  baseUrl?: string;
  /**
   * Links taken at most: pages are no longer read once their link annotations pass it (pdf.js
   * keeps what it parsed of each page until the document is closed).
   */
  maxLinks?: number;
}

export interface PdfLinks {
  links: FoundLink[];
  /** True when the document held more than `maxLinks` links. */
  capped: boolean;
}

/** The part of pdfjs' TextItem used here. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
  fontName: string;
}

interface Box {
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PdfLine {
  text: string;
  /** For each character of `text`, the index of the text item it came from. */
  items: number[];
  left: number;
  right: number;
  /** Baseline of the line's first item. */
  y: number;
  size: number;
  /** pdfjs' font of the first and of the last item. */
  firstFont: string;
  lastFont: string;
  /** Filled to its column's width (set once all pages are read). */
  full: boolean;
}

function boxOf(item: TextItem): Box {
  const t = item.transform as number[];
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || item.height || 10;
  return { x: t[4] ?? 0, y: t[5] ?? 0, width: item.width, size };
}

/**
 * Lines of a page from its text items, in content order. A new line starts after an item
 * with `hasEOL`, when the baseline moves by more than half the font size, or when the text
 * jumps back left. Items on one line are joined with a space when there is a visible gap
 * and neither side has one already.
 */
function buildLines(items: Array<TextItem | null>, boxes: Array<Box | null>): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  let prev: Box | undefined;
  let breakNext = false;
  items.forEach((item, i) => {
    const box = boxes[i];
    if (!item || !box) return;
    if (item.str !== '') {
      const newLine =
        current === undefined ||
        breakNext ||
        prev === undefined ||
        Math.abs(box.y - prev.y) > box.size * 0.5 ||
        box.x < prev.x + prev.width - box.size;
      if (newLine) {
        current = { text: '', items: [], left: box.x, right: box.x, y: box.y, size: box.size, firstFont: item.fontName, lastFont: item.fontName, full: false };
        lines.push(current);
      } else if (current && prev) {
        const gap = box.x - (prev.x + prev.width);
        if (gap > box.size * 0.15 && !/\s$/u.test(current.text) && !/^\s/u.test(item.str)) {
          current.text += ' ';
          current.items.push(i);
        }
      }
      const line = current!;
      line.text += item.str;
      for (let k = 0; k < item.str.length; k += 1) line.items.push(i);
      line.right = Math.max(line.right, box.x + box.width);
      line.lastFont = item.fontName;
      prev = box;
      breakNext = false;
    }
    if (item.hasEOL) breakNext = true;
  });
  // Leading and trailing blanks mean nothing in a layout; empty lines are dropped.
  const trimmed: PdfLine[] = [];
  for (const line of lines) {
    const start = line.text.length - line.text.trimStart().length;
    const end = line.text.trimEnd().length;
    if (end <= start) continue;
    trimmed.push({ ...line, text: line.text.slice(start, end), items: line.items.slice(start, end) });
  }
  return trimmed;
}

function sameColumn(a: PdfLine, b: PdfLine): boolean {
  return Math.abs(a.left - b.left) <= Math.max(2, 0.6 * a.size);
}

/**
 * Which lines are filled to the width of their column, over the whole document (a layout's
 * columns are the same on every page): lines sharing a left edge form a column, and a line
 * is full when its right edge comes within 1.3 font sizes (the widest glyph, which is what
 * did not fit, plus some slack) of the column's widest. A column of fewer than 3 lines says
 * nothing: there, at least 60 characters counts as full.
 */
function markFullLines(lines: PdfLine[]): void {
  // Left edges in 2pt buckets, each with its line count and widest right edge: a column is
  // the buckets within the tolerance of `sameColumn` (to the nearest bucket).
  const buckets = new Map<number, { count: number; widest: number }>();
  for (const line of lines) {
    const key = Math.round(line.left / 2);
    const bucket = buckets.get(key) ?? { count: 0, widest: Number.NEGATIVE_INFINITY };
    bucket.count += 1;
    bucket.widest = Math.max(bucket.widest, line.right);
    buckets.set(key, bucket);
  }
  for (const line of lines) {
    const key = Math.round(line.left / 2);
    const reach = Math.ceil(Math.max(2, 0.6 * line.size) / 2);
    let count = 0;
    let widest = Number.NEGATIVE_INFINITY;
    for (let k = key - reach; k <= key + reach; k += 1) {
      const bucket = buckets.get(k);
      if (!bucket) continue;
      count += bucket.count;
      widest = Math.max(widest, bucket.widest);
    }
    line.full = count < 3 ? line.text.length >= 60 : line.right >= widest - 1.3 * line.size;
  }
}

/**
 * How the line after each line may continue a URL (see `FindUrlsOptions.continuation`):
 * not at all when it is not the next line down at line spacing (a paragraph gap, another
 * column, a jump up the page); freely when it is set alike (same font and size, same left
 * edge) under a full line; else by the text rules.
 */
function continuations(lines: PdfLine[]): Array<'none' | 'tail' | 'any'> {
  return lines.map((line, i) => {
    const next = lines[i + 1];
    if (!next) return 'none';
    const step = line.y - next.y;
    if (step <= 0 || step > 1.7 * line.size) return 'none';
    const alike = next.firstFont === line.lastFont && Math.abs(next.size - line.size) < 0.5 && sameColumn(line, next);
    return alike && line.full ? 'any' : 'tail';
  });
}

interface Annotation {
  url: string;
  rect: [number, number, number, number];
  text?: string;
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** The URL of a link annotation: pdfjs' checked `url`, or the raw `unsafeUrl` when only that is there. */
function annotationUrl(annotation: Record<string, unknown>, baseUrl: string | undefined): string | undefined {
  const url = typeof annotation.url === 'string' && annotation.url !== '' ? annotation.url : undefined;
  const raw = typeof annotation.unsafeUrl === 'string' ? annotation.unsafeUrl.trim() : undefined;
  if (url !== undefined) {
    // pdfjs normalises (new URL(…).href); keep the author's spelling when it means the same.
    if (raw && !/[\s\u0000-\u001f]/u.test(raw)) {
      try {
        if (new URL(raw).href === url) return raw;
      } catch {
        // not absolute: pdfjs resolved it
      }
    }
    return url;
  }
  return raw ? resolveLinkTarget(raw, baseUrl) : undefined;
}

function intersects(box: Box, rect: [number, number, number, number]): boolean {
  const [x1, y1, x2, y2] = rect;
  const horizontal = box.x < x2 && box.x + box.width > x1;
  const vertical = box.y + box.size * 0.7 > y1 && box.y < y2;
  return horizontal && vertical;
}

/** Loose comparison of a written URL and an annotation's: scheme, case of the host and a final slash aside. */
function comparable(url: string): string {
  let value = url;
  try {
    value = new URL(url).href;
  } catch {
    // keep as is
  }
  return value.replace(/^https?:\/\//iu, '').replace(/\/$/u, '');
}

interface PageData {
  pageNumber: number;
  boxes: Array<Box | null>;
  lines: PdfLine[];
  annotations: Annotation[];
}

export async function extractPdfLinks(file: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<FoundLink[]> {
  return (await extractPdfLinksBounded(file, bytes, options)).links;
}

export async function extractPdfLinksBounded(file: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfLinks> {
  const maxLinks = options.maxLinks ?? Number.POSITIVE_INFINITY;
  if (Number.isFinite(maxLinks)) {
    const annotations = countPdfLinkAnnotations(bytes);
    if (annotations > maxLinks) {
      throw new Error(`${file}: the PDF has ${annotations} link annotations, more than links.maxLinksPerDocument (${maxLinks}): not read`);
    }
  }
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // A copy: pdfjs takes over (detaches) the buffer it is given, and a Buffer from
    // readFileSync may share its memory with other Buffers.
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    ...pdfjsDataDirs(),
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      const message = error instanceof Error ? error.message : String(error);
      if (name === 'PasswordException') throw new Error(`${file}: the PDF is password-protected`, { cause: error });
      throw new Error(`${file}: not a readable PDF (${message})`, { cause: error });
    }
    const pages: PageData[] = [];
    let annotations = 0;
    let capped = false;
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber += 1) {
      if (annotations > maxLinks) {
        capped = true;
        break;
      }
      try {
        const page = await readPage(doc, pageNumber, options);
        annotations += page.annotations.length;
        pages.push(page);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${file}: page ${pageNumber} of the PDF cannot be read (${message})`, { cause: error });
      }
    }
    markFullLines(pages.flatMap((page) => page.lines));
    const links = pages.flatMap((page) => pageLinks(page, file));
    if (links.length > maxLinks) return { links: links.slice(0, maxLinks), capped: true };
    return { links, capped };
  } finally {
    await task.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readPage(doc: PdfDocument, pageNumber: number, options: PdfOptions): Promise<PageData> {
  const page = await doc.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const items: Array<TextItem | null> = content.items.map((item) => ('str' in item ? item : null));
    const boxes = items.map((item) => (item ? boxOf(item) : null));
    const lines = buildLines(items, boxes);
    const annotations: Annotation[] = [];
    for (const raw of (await page.getAnnotations()) as Array<Record<string, unknown>>) {
      if (raw.subtype !== 'Link') continue;
      const url = annotationUrl(raw, options.baseUrl);
      const rect = raw.rect as number[] | undefined;
      if (url === undefined || !Array.isArray(rect) || rect.length !== 4) continue;
      const [a = 0, b = 0, c = 0, d = 0] = rect;
      const normal: Annotation['rect'] = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)];
      // pdfjs gives the glyphs under the rectangle; else whole text items that overlap it.
      let text = typeof raw.overlaidText === 'string' ? collapse(raw.overlaidText) : '';
      if (text === '') {
        text = collapse(
          items
            .filter((item, i) => item && boxes[i] && intersects(boxes[i]!, normal))
            .map((item) => item!.str)
            .join(' '),
        );
      }
      annotations.push({ url, rect: normal, ...(text !== '' ? { text } : {}) });
    }
    // The text items themselves are not kept: lines and boxes say all that is needed later.
    return { pageNumber, boxes, lines, annotations };
  } finally {
    page.cleanup();
  }
}

function pageLinks(page: PageData, file: string): FoundLink[] {
  const { pageNumber, boxes, lines, annotations } = page;
  type Keyed = { link: FoundLink; key: [number, number, number] };
  const keyed: Keyed[] = [];
  annotations.forEach((annotation, k) => {
    const first = boxes.findIndex((box) => box !== null && intersects(box, annotation.rect));
    keyed.push({
      link: { url: annotation.url, location: { file, page: pageNumber }, ...(annotation.text ? { text: annotation.text } : {}) },
      key: [first === -1 ? Number.POSITIVE_INFINITY : first, 0, k],
    });
  });

  const pageText = lines.map((line) => line.text).join('\n');
  const charItems = lines.flatMap((line) => [...line.items, -1]);
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.text.length + 1;
  }
  const joins = continuations(lines);
  const found = findUrlsInText(pageText, {
    isLongLine: (index) => lines[index]?.full ?? false,
    continuation: (index) => joins[index] ?? 'none',
  });
  for (const { url, index } of found) {
    const item = charItems[index] ?? -1;
    const box = boxes[item] ?? null;
    const plain = comparable(url);
    const duplicate = annotations.some((annotation) => {
      const exact = comparable(annotation.url);
      if (exact === plain) return true;
      // Shown text cut short or run on by the layout, over the annotation itself.
      return box !== null && intersects(box, annotation.rect) && (exact.startsWith(plain) || plain.startsWith(exact));
    });
    if (duplicate) continue;
    let lineNumber = 0;
    while (lineNumber + 1 < lineStarts.length && lineStarts[lineNumber + 1]! <= index) lineNumber += 1;
    keyed.push({ link: { url, location: { file, page: pageNumber, line: lineNumber + 1 } }, key: [item, 1, index] });
  }

  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  return keyed.map((entry) => entry.link);
}
