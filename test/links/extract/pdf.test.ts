import { readFileSync } from 'node:fs';
import { PDFArray, PDFDocument, PDFName, PDFString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../../src/links/extract/index.js';
import { extractPdfLinks } from '../../../src/links/extract/pdf.js';
import { SEED_LINKS } from '../../fixtures/links/seed-links.js';

/** A link annotation with a URI action, added to the page's /Annots (pdf-lib's low-level API). */
function addLinkAnnotation(doc: PDFDocument, page: PDFPage, uri: string, rect: [number, number, number, number]): void {
  const annotation = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) },
  });
  const ref = doc.context.register(annotation);
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (annots) annots.push(ref);
  else page.node.set(PDFName.of('Annots'), doc.context.obj([ref]));
}

const SIZE = 10;
const LEFT = 50;

/** Draws `text` at (LEFT, y); with `link`, puts a link annotation over the part `link.over`. */
function line(page: PDFPage, doc: PDFDocument, font: PDFFont, y: number, text: string, link?: { over: string; uri: string }): void {
  page.drawText(text, { x: LEFT, y, size: SIZE, font });
  if (link) {
    const start = text.indexOf(link.over);
    const x = LEFT + font.widthOfTextAtSize(text.slice(0, start), SIZE);
    addLinkAnnotation(doc, page, link.uri, [x, y - 2, x + font.widthOfTextAtSize(link.over, SIZE), y + SIZE]);
  }
}

async function threePagePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);

  const one = doc.addPage([595, 842]);
  line(one, doc, font, 780, 'Les rapporten: https://www.politiet.no/rapport-2021.pdf', {
    over: 'https://www.politiet.no/rapport-2021.pdf',
    uri: 'https://www.politiet.no/rapport-2021.pdf',
  });
  line(one, doc, font, 766, 'Se nettsaken her.', { over: 'her', uri: 'https://www.politiet.no/nyheter/2022/06/30/sak/' });
  line(one, doc, font, 752, 'Bestill trykt utgave: KOM.pod@politiet.no', { over: 'KOM.pod@politiet.no', uri: 'mailto:KOM.pod@politiet.no' });

  const two = doc.addPage([595, 842]);
  line(two, doc, font, 780, 'Mer om saken: https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=');
  line(two, doc, font, 766, '87609&target=case-status og videre behandling i juni.');
  line(two, doc, font, 752, 'Rapporten igjen: https://www.politiet.no/rapport-2021.pdf');
  // Over no text at all.
  addLinkAnnotation(doc, two, 'https://example.org/ingen-tekst', [400, 100, 500, 120]);

  const three = doc.addPage([595, 842]);
  line(three, doc, font, 780, 'Policy brief: https://heuni.fi/-/policy-brief-consigny#745d9e8a', {
    over: 'https://heuni.fi/-/policy-brief-consigny#745d9e8a',
    uri: 'https://heuni.fi/-/policy-brief-consigny#745d9e8a',
  });
  // Written without scheme, the annotation has the exact URL: reported once, as the annotation's.
  line(three, doc, font, 766, 'Se www.udi.no/krisen-i-ukraina for mer.', { over: 'www.udi.no/krisen-i-ukraina', uri: 'https://www.udi.no/krisen-i-ukraina/' });
  line(three, doc, font, 752, 'Ikke en lenke å sjekke.', { over: 'lenke', uri: 'javascript:alert(1)' });
  line(three, doc, font, 738, 'Skriv til mailto:post@example.no.');

  return doc.save();
}

describe('PDF: link annotations and URLs in the page text', () => {
  it('gives every link with its page, annotation and text duplicates on a page collapsed', async () => {
    const links = await extractLinks('nyhetsbrev.pdf', await threePagePdf());
    expect(links).toEqual([
      { url: 'https://www.politiet.no/rapport-2021.pdf', location: { file: 'nyhetsbrev.pdf', page: 1 }, text: 'https://www.politiet.no/rapport-2021.pdf' },
      { url: 'https://www.politiet.no/nyheter/2022/06/30/sak/', location: { file: 'nyhetsbrev.pdf', page: 1 }, text: 'her' },
      { url: 'mailto:KOM.pod@politiet.no', location: { file: 'nyhetsbrev.pdf', page: 1 }, text: 'KOM.pod@politiet.no' },
      // The URL broken over two lines of text comes out whole, on the line where it starts.
      { url: 'https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87609&target=case-status', location: { file: 'nyhetsbrev.pdf', page: 2, line: 1 } },
      // The same URL on another page is another location: kept.
      { url: 'https://www.politiet.no/rapport-2021.pdf', location: { file: 'nyhetsbrev.pdf', page: 2, line: 3 } },
      // An annotation over no text comes at the end of its page.
      { url: 'https://example.org/ingen-tekst', location: { file: 'nyhetsbrev.pdf', page: 2 } },
      { url: 'https://heuni.fi/-/policy-brief-consigny#745d9e8a', location: { file: 'nyhetsbrev.pdf', page: 3 }, text: 'https://heuni.fi/-/policy-brief-consigny#745d9e8a' },
      { url: 'https://www.udi.no/krisen-i-ukraina/', location: { file: 'nyhetsbrev.pdf', page: 3 }, text: 'www.udi.no/krisen-i-ukraina' },
      { url: 'mailto:post@example.no', location: { file: 'nyhetsbrev.pdf', page: 3, line: 4 } },
    ]);
  });

  it('reads a Node Buffer without taking it over', async () => {
    const buffer = Buffer.from(await threePagePdf());
    const before = buffer.length;
    const links = await extractPdfLinks('b.pdf', buffer);
    expect(links).toHaveLength(9);
    expect(buffer.length).toBe(before);
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reports a URL that is only an annotation once per page it is on, with no line', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 2; i += 1) {
      const page = doc.addPage([300, 300]);
      line(page, doc, font, 200, 'Se her.', { over: 'her', uri: 'https://cbss.org/news/?tag=anti-trafficking&cbss_filter=1' });
    }
    const links = await extractLinks('to-sider.pdf', await doc.save());
    expect(links.map((link) => link.location)).toEqual([
      { file: 'to-sider.pdf', page: 1 },
      { file: 'to-sider.pdf', page: 2 },
    ]);
  });

  it.each([
    ['garbage', Buffer.from('this is not a PDF at all, just text')],
    ['a PDF header and nothing else', Buffer.from('%PDF-1.7\n%%EOF\n')],
    ['an empty file', new Uint8Array()],
  ])('a corrupt PDF (%s) throws an Error naming the file', async (_name, bytes) => {
    await expect(extractLinks('ødelagt.pdf', bytes, { format: 'pdf' })).rejects.toThrow(/^ødelagt\.pdf: not a readable PDF \(.+\)$/u);
  });
});

/**
 * The seed issue's text laid out into a PDF the way a writer sets it: a new page where the
 * original's pages began, lines wrapped at the column width between words, and a long URL
 * (no spaces) cut wherever the width runs out, over as many lines as it takes.
 */
async function seedPdf(fontName: StandardFonts, size: number, width: number): Promise<{ bytes: Uint8Array; cutUrls: number }> {
  const seed = readFileSync(new URL('../../fixtures/links/kom-nyhetsbrev-2022-2.txt', import.meta.url), 'utf8');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(fontName);
  const leading = size * 1.25;
  const top = 800;
  const bottom = 50;
  const wrap = (text: string): string[] => {
    const parts: string[] = [];
    let rest = text.trimStart();
    while (font.widthOfTextAtSize(rest, size) > width) {
      let fits = 1;
      while (font.widthOfTextAtSize(rest.slice(0, fits + 1), size) <= width) fits += 1;
      const space = rest.lastIndexOf(' ', fits);
      const cut = space > 0 ? space + 1 : fits;
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    parts.push(rest);
    return parts;
  };
  let page = doc.addPage([595, 842]);
  let y = top;
  let cutUrls = 0;
  const lines = seed.split('\n');
  lines.forEach((text, i) => {
    // In the text taken out of the PDF, a page starts with a blank after the last page's URLs.
    if (text.startsWith(' ') && /^\s*(?:https?:|mailto:)/u.test(lines[i - 1] ?? '')) {
      page = doc.addPage([595, 842]);
      y = top;
    }
    if (text.trim() === '') {
      y -= leading;
      return;
    }
    const parts = wrap(text);
    if (parts.length > 1 && /^\s*https?:/u.test(text)) cutUrls += 1;
    if (y - leading * parts.length < bottom) {
      page = doc.addPage([595, 842]);
      y = top;
    }
    for (const part of parts) {
      page.drawText(part, { x: LEFT, y, size, font });
      y -= leading;
    }
  });
  return { bytes: await doc.save(), cutUrls };
}

describe('PDF: the seed issue laid out into pages', () => {
  it.each<[StandardFonts, number, number]>([
    [StandardFonts.Helvetica, 8, 240],
    [StandardFonts.Helvetica, 9, 420],
    [StandardFonts.TimesRoman, 8, 340],
    [StandardFonts.Courier, 7, 260],
  ])('%s %dpt in a %dpt column gives the same 44 + 2 links', async (fontName, size, width) => {
    const { bytes, cutUrls } = await seedPdf(fontName, size, width);
    expect(cutUrls).toBeGreaterThanOrEqual(10); // many URLs really are cut over lines
    const links = await extractLinks('kom-nyhetsbrev.pdf', bytes);
    expect(links.map((link) => link.url)).toEqual(SEED_LINKS.map((link) => link.url));
    for (const link of links) {
      expect(link.location.page).toBeGreaterThanOrEqual(1);
      expect(link.location.line).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(links.map((link) => link.location.page)).size).toBeGreaterThan(5);
  });
});
