import { describe, expect, it } from 'vitest';
import { extractLinks, formatOf, type DocumentFormat } from '../../../src/links/extract/index.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');

describe('formatOf', () => {
  it.each<[string, Uint8Array | undefined, DocumentFormat | undefined]>([
    ['a.pdf', undefined, 'pdf'],
    ['arkiv/2022-06.PDF', undefined, 'pdf'],
    ['a.html', undefined, 'html'],
    ['a.htm', undefined, 'html'],
    ['a.md', undefined, 'markdown'],
    ['a.markdown', undefined, 'markdown'],
    ['a.txt', undefined, 'text'],
    ['a.text', undefined, 'text'],
    // The extension decides even when the bytes say otherwise.
    ['a.txt', bytes('%PDF-1.7'), 'text'],
    // No known extension: sniffed.
    ['nyhetsbrev', bytes('%PDF-1.4\n%\xe2\xe3\xcf\xd3'), 'pdf'],
    ['nyhetsbrev.bin', bytes('\x00\x00junk before the header %PDF-1.4'), 'pdf'],
    ['side', bytes('<!DOCTYPE html><html>'), 'html'],
    ['side', bytes('\xef\xbb\xbf\n  <html lang="no">'), 'html'],
    ['side.xhtml', bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'html'],
    ['notat', bytes('Bare tekst https://x.no'), undefined],
    ['notat.docx', undefined, undefined],
    ['notat', new Uint8Array(), undefined],
  ])('%s %j → %s', (file, first, expected) => {
    expect(formatOf(file, first)).toBe(expected);
  });
});

describe('extractLinks', () => {
  it('picks the extractor by format, and options.format overrides the extension', async () => {
    const markdown = '[a](https://x.no/a)';
    expect((await extractLinks('a.md', bytes(markdown))).map((link) => link.url)).toEqual(['https://x.no/a']);
    // As plain text, the same bytes give the URL with its closing parenthesis cut.
    expect((await extractLinks('a.md', bytes(markdown), { format: 'text' })).map((link) => link.url)).toEqual(['https://x.no/a']);
    expect((await extractLinks('a.txt', bytes('<a href="https://x.no/b">b</a>'), { format: 'html' }))[0]).toEqual({
      url: 'https://x.no/b',
      location: { file: 'a.txt', line: 1 },
      text: 'b',
    });
  });

  it('sniffs a file without extension', async () => {
    expect(await extractLinks('side', bytes('<!doctype html>\n<a href="https://x.no/">x</a>'))).toEqual([
      { url: 'https://x.no/', location: { file: 'side', line: 2 }, text: 'x' },
    ]);
  });

  it('keeps duplicates: the caller de-duplicates and keeps every location', async () => {
    const links = await extractLinks('a.txt', bytes('https://x.no/a\nhttps://x.no/a'));
    expect(links.map((link) => link.location.line)).toEqual([1, 2]);
  });

  it('refuses an unknown format with a clear message', async () => {
    await expect(extractLinks('notat.docx', bytes('PK\x03\x04'))).rejects.toThrow(/^notat\.docx: unknown document format/u);
  });
});
