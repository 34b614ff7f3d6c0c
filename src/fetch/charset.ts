/**
 * Decoding a response body in the page's own charset. Norwegian sites still serve
 * ISO-8859-1 / windows-1252, sometimes declared only in a <meta> tag or the XML prolog;
 * reading them as UTF-8 turns "Rådet" into "R�det". Order of precedence follows the HTML
 * standard's sniffing: BOM, then the Content-Type header, then the document's own declaration
 * — except that a header contradicted by the document, whose charset the bytes are not even
 * valid in, loses to the document (servers that stamp "charset=utf-8" on everything serve
 * latin-1 feeds whose prolog says so).
 */

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function charsetFromBom(bytes: Uint8Array): string | undefined {
  for (const [bom, name] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return name;
  return undefined;
}

export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1]?.toLowerCase();
}

/** The charset a document declares about itself: <meta charset>, http-equiv, or the XML prolog. */
export function charsetFromDocument(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII and must come early; 4 KiB is more than any real head needs.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return meta[1].toLowerCase();
  return undefined;
}

function supported(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/**
 * windows-1252's 0x80–0x9F block (curly quotes, dashes, €). Node 20's TextDecoder decodes
 * "windows-1252" as plain latin-1 there, giving C1 control characters instead (a known
 * Node bug), so those 32 code points are mapped here.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH[char.charCodeAt(0) - 0x80]!);
}

/** Whether the bytes decode in this charset without an invalid sequence. */
function validIn(bytes: Uint8Array, charset: string): boolean {
  try {
    new TextDecoder(charset, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Pick the charset for a body and decode it. Unknown labels fall back to UTF-8. Single-byte
 * charsets (latin-1, windows-1252) accept every byte sequence, so a header naming one always
 * keeps its place; the document overrides only a header its bytes prove wrong (in practice
 * UTF-8 over latin-1 bytes).
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): { text: string; charset: string } {
  const header = supported(charsetFromContentType(contentType));
  const declared = supported(charsetFromDocument(bytes));
  const headerDisproved = header !== undefined && declared !== undefined && declared !== header && !validIn(bytes, header);
  const charset = charsetFromBom(bytes) ?? (headerDisproved ? declared : header) ?? declared ?? 'utf-8';
  // TextDecoder strips the BOM itself; WHATWG maps iso-8859-1 to windows-1252, which is what
  // servers that say latin-1 actually send.
  const decoded = new TextDecoder(charset).decode(bytes);
  return { text: charset === 'windows-1252' ? fixCp1252(decoded) : decoded, charset };
}
