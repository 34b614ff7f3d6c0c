/** The order documents are read in: fixed, so reports are stable, and without ICU's collator. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { byCodePoint, listDocuments } from '../../src/links/collect.js';

const dir = mkdtempSync(path.join(tmpdir(), 'collect-order-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('byCodePoint', () => {
  it.each([
    ['earlier issue first', '2022-01-nyhetsbrev.txt', '2022-05-nyhetsbrev.txt', -1],
    ['later issue last', '2022-05-nyhetsbrev.pdf', '2022-01-nyhetsbrev.pdf', 1],
    ['the same name', 'a.md', 'a.md', 0],
    ['capitals before small letters', 'Z.md', 'a.md', -1],
    ['a prefix first', 'nyhetsbrev', 'nyhetsbrev-2', -1],
    ['æ, ø, å after z', 'å.md', 'z.md', 1],
  ])('%s', (_, a, b, expected) => {
    expect(byCodePoint(a, b)).toBe(expected);
  });
});

describe('listDocuments', () => {
  it('lists readable documents below a folder in that order, hidden files and unknown formats left out', () => {
    mkdirSync(path.join(dir, 'b-year'), { recursive: true });
    for (const name of ['c.md', 'A.txt', '.hidden.md', 'image.png', 'b-year/x.html', 'a.pdf']) writeFileSync(path.join(dir, name), 'https://example.org/\n');
    expect(listDocuments(dir).map((file) => path.relative(dir, file))).toEqual(['A.txt', 'a.pdf', 'b-year/x.html', 'c.md']);
  });
});
