/**
 * Gathering the links to check: from files and folders (an archive of issues), from URLs
 * given directly, and from lists the caller adds (candidates, source pages). Each distinct URL
 * is checked once however often it appears; every place it stands is kept for the report.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_LINKS_PER_DOCUMENT } from '../config/defaults.js';
import { extractLinksBounded, formatOf } from './extract/index.js';
import type { LinkLocation } from './types.js';

export interface LinkTargets {
  /** URL → where it stands, in the order first found. */
  links: Map<string, LinkLocation[]>;
  /** Files that could not be read or parsed: reported, never fatal. */
  problems: Array<{ file: string; detail: string }>;
  files: number;
}

export function emptyTargets(): LinkTargets {
  return { links: new Map(), problems: [], files: 0 };
}

export function addLink(targets: LinkTargets, url: string, location: LinkLocation): void {
  const list = targets.links.get(url);
  if (!list) targets.links.set(url, [location]);
  else if (!list.some((l) => l.file === location.file && l.page === location.page && l.line === location.line)) list.push(location);
}

/**
 * Names in code-point order: any fixed order keeps reports stable, and `localeCompare` would
 * start ICU's collator (about 6 ms, a tenth of what a `digest` costs to start) for one folder.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every document below a folder that we can read, sorted so reports are stable. */
export function listDocuments(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => byCodePoint(a.name, b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...listDocuments(full));
    else if (entry.isFile() && formatOf(full) !== undefined) out.push(full);
  }
  return out;
}

export async function collectFromPaths(targets: LinkTargets, inputs: string[], options: { maxLinksPerDocument?: number } = {}): Promise<void> {
  const maxLinks = options.maxLinksPerDocument ?? MAX_LINKS_PER_DOCUMENT;
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      addLink(targets, input, { file: '(command line)' });
      continue;
    }
    let files: string[];
    try {
      files = statSync(input).isDirectory() ? listDocuments(input) : [input];
    } catch (error) {
      targets.problems.push({ file: input, detail: `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
      continue;
    }
    for (const file of files) {
      try {
        const bytes = readFileSync(file);
        const format = formatOf(file, bytes.subarray(0, 512));
        if (!format) {
          targets.problems.push({ file, detail: 'not a PDF, HTML, Markdown or text file' });
          continue;
        }
        targets.files += 1;
        const { links, capped } = await extractLinksBounded(file, bytes, { format, maxLinks });
        for (const link of links) addLink(targets, link.url, link.location);
        if (capped) targets.problems.push({ file, detail: `more than ${maxLinks} links; checked the first ${maxLinks} (links.maxLinksPerDocument)` });
      } catch (error) {
        targets.problems.push({ file, detail: error instanceof Error ? error.message : String(error) });
      }
    }
  }
}

/** "issue 2022-06" from "archive/2022-06.pdf": what the report groups by. */
export function issueOf(file: string): string {
  if (file.startsWith('(')) return file;
  return path.basename(file).replace(/\.[^.]+$/, '');
}
