/** pdf.js, loaded once, with its own font and CMap data (shared by the link and text readers). */
import { createRequire } from 'node:module';
import path from 'node:path';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // A variable specifier: the worker module has no type declarations.
    const worker: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
    await import(worker);
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/** pdfjs' own data directories (trailing slash required): fonts for the 14 standard fonts, CMaps for CJK text. */
export function pdfjsDataDirs(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
    cMapUrl: path.join(root, 'cmaps') + path.sep,
  };
}

