/**
 * Links in a plain-text file: every URL the shared finder sees (see `urls-in-text.ts`),
 * URLs broken over two lines joined, with the 1-based line where each starts.
 */
import type { FoundLink } from '../types.js';
import { findUrlsInText, lineIndex } from './urls-in-text.js';
import { decodeBody } from '../../fetch/charset.js';

/**
 * Text as written: UTF-8 (a BOM is dropped) unless the bytes are not valid UTF-8, then
 * windows-1252, which is what older Norwegian files that are not UTF-8 are.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeBody(bytes, 'text/plain; charset=windows-1252').text;
  }
}

export function extractTextLinksFromString(file: string, text: string): FoundLink[] {
  const lineOf = lineIndex(text);
  return findUrlsInText(text).map(({ url, index }) => ({ url, location: { file, line: lineOf(index) } }));
}

export function extractTextLinks(file: string, bytes: Uint8Array): FoundLink[] {
  return extractTextLinksFromString(file, decodeText(bytes));
}
