/**
 * How many link annotations a PDF holds, counted in its bytes before pdf.js reads it: pdf.js
 * parses every annotation of a page at once and keeps it until the document is closed (a page
 * with 100,000 links took over 500 MB), so a document past the cap must be known before that.
 * Linear: the file's own bytes, and its object streams inflated (where PDF 1.5 writers such as
 * pdf-lib put the annotation dictionaries), each inflated stream bounded in size.
 */
import zlib from 'node:zlib';

const LINK = /\/Subtype\s*\/Link(?![A-Za-z0-9])/g;
/** Object streams larger than this when inflated are counted up to here (a zip bomb stays small). */
const MAX_INFLATED = 32 * 1024 * 1024;

function countIn(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

/** Link annotations in a PDF's bytes, in plain objects and in Flate-compressed object streams. Pure. */
export function countPdfLinkAnnotations(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = countIn(buffer.toString('latin1'));
  for (let at = buffer.indexOf('/ObjStm'); at !== -1; at = buffer.indexOf('/ObjStm', at + 7)) {
    const keyword = buffer.indexOf('stream', at);
    if (keyword === -1) break;
    let start = keyword + 6;
    if (buffer[start] === 0x0d) start += 1;
    if (buffer[start] === 0x0a) start += 1;
    const end = buffer.indexOf('endstream', start);
    if (end === -1) break;
    try {
      const inflated = zlib.inflateSync(buffer.subarray(start, end), { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED });
      count += countIn(inflated.toString('latin1'));
    } catch {
      // Not Flate, or damaged: pdf.js will say so when it reads the file.
    }
    at = end;
  }
  return count;
}
