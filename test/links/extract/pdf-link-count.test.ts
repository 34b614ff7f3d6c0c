import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { collectFromPaths, emptyTargets } from '../../../src/links/collect.js';
import { countPdfLinkAnnotations } from '../../../src/links/extract/pdf-link-count.js';

async function pdfWithLinks(links: number, useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const refs = Array.from({ length: links }, (_, i) =>
    doc.context.register(
      doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [10, 10 + i, 50, 18 + i], A: { S: 'URI', URI: PDFString.of(`https://example.org/${i}`) } }),
    ),
  );
  // A text annotation is no link.
  refs.push(doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Text', Rect: [0, 0, 5, 5] })));
  page.node.set(PDFName.of('Annots'), doc.context.obj(refs));
  return doc.save({ useObjectStreams });
}

const dir = mkdtempSync(path.join(tmpdir(), 'sw-pdf-count-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('countPdfLinkAnnotations', () => {
  it.each([
    ['plain objects', 0, false],
    ['plain objects', 7, false],
    ['compressed object streams', 7, true],
    ['compressed object streams', 250, true],
  ])('%s: %i links', async (_name, links, objectStreams) => {
    expect(countPdfLinkAnnotations(await pdfWithLinks(links, objectStreams))).toBe(links);
  });

  it('damaged bytes count nothing and do not throw', () => {
    expect(countPdfLinkAnnotations(Buffer.from('%PDF-1.7\n1 0 obj <</Type /ObjStm>> stream\nnot deflate\nendstream'))).toBe(0);
  });
});

describe('links per document', () => {
  it('a PDF with more link annotations than the cap is not read, and says why', async () => {
    const file = path.join(dir, 'many.pdf');
    writeFileSync(file, await pdfWithLinks(30, true));
    const targets = emptyTargets();
    await collectFromPaths(targets, [file], { maxLinksPerDocument: 20 });
    expect(targets.links.size).toBe(0);
    expect(targets.problems).toEqual([{ file, detail: `${file}: the PDF has 30 link annotations, more than links.maxLinksPerDocument (20): not read` }]);
  });

  it('a PDF within the cap is read in full', async () => {
    const file = path.join(dir, 'few.pdf');
    writeFileSync(file, await pdfWithLinks(20, true));
    const targets = emptyTargets();
    await collectFromPaths(targets, [file], { maxLinksPerDocument: 20 });
    expect(targets.links.size).toBe(20);
    expect(targets.problems).toEqual([]);
  });

  it('a text document past the cap gives its first links, and says so', async () => {
    const file = path.join(dir, 'many.txt');
    writeFileSync(file, Array.from({ length: 12 }, (_, i) => `https://example.org/page-${i}`).join('\n'));
    const targets = emptyTargets();
    await collectFromPaths(targets, [file], { maxLinksPerDocument: 5 });
    expect([...targets.links.keys()]).toEqual(Array.from({ length: 5 }, (_, i) => `https://example.org/page-${i}`));
    expect(targets.problems).toEqual([{ file, detail: 'more than 5 links; checked the first 5 (links.maxLinksPerDocument)' }]);
  });
});
