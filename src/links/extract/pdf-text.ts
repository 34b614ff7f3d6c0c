/**
 * A PDF's text, for reading what a past issue said (not for its links: pdf.ts). Lines as
 * pdf.js ends them; a blank line where the gap to the next line is clearly more than line
 * spacing (a new paragraph); each page's link targets as URL lines after its text, as in
 * text taken out of a PDF by hand.
 */
import { loadPdfJs, pdfjsDataDirs } from './pdfjs.js';

interface TextItem {
  str: string;
  transform: number[];
  hasEOL: boolean;
}

export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: pdfjs.VerbosityLevel.ERRORS, ...pdfjsDataDirs() });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber += 1) {
      const page = await doc.getPage(pageNumber);
      const content = await page.getTextContent();
      let text = '';
      let lastY: number | undefined;
      let lastSize = 10;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const item = raw as TextItem;
        const y = item.transform[5] ?? 0;
        const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || lastSize;
        if (lastY !== undefined && Math.abs(lastY - y) > 1.8 * Math.max(size, lastSize) && !text.endsWith('\n\n')) text = `${text.trimEnd()}\n\n`;
        text += item.str;
        if (item.hasEOL) text += '\n';
        lastY = y;
        lastSize = size;
      }
      const urls = ((await page.getAnnotations()) as Array<Record<string, unknown>>)
        .filter((annotation) => annotation.subtype === 'Link' && typeof annotation.url === 'string')
        .map((annotation) => annotation.url as string);
      pages.push(urls.length > 0 ? `${text.trim()}\n\n${urls.join('\n')}` : text.trim());
      page.cleanup();
    }
    return pages.join('\n\n');
  } finally {
    await task.destroy();
  }
}
