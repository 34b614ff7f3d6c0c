/**
 * Walking a listing's pages — the one walker for every kind that reads listing pages (html over
 * HTTP, browser as rendered): at most `maxPages`, each URL once (a "next" link on the last page
 * often points back), never onto another host (a "next" link into an ad network or a sister
 * site is no page of this listing). Page 1 failing fails the walk; page N failing ends it with
 * pages 1..N-1 kept and the failure reported, so one bad page never costs what was read.
 */
export type NextPageStep = { kind: 'load'; url: string } | { kind: 'stop'; warning?: string };

/**
 * Whether to load `candidate` as page `number`. `hosts`: the hosts this listing has been on
 * (its URL's, and where its pages were served from after redirects). Pure.
 */
export function nextPageStep(candidate: string | undefined, number: number, maxPages: number, seen: ReadonlySet<string>, hosts: ReadonlySet<string>): NextPageStep {
  if (!candidate || number > maxPages || seen.has(candidate)) return { kind: 'stop' };
  let host: string;
  try {
    host = new URL(candidate).host;
  } catch {
    return { kind: 'stop', warning: `page ${number}: "${candidate}" is no URL; stopped after page ${number - 1}` };
  }
  if (!hosts.has(host)) return { kind: 'stop', warning: `page ${number} (${candidate}) is on another host; not followed` };
  return { kind: 'load', url: candidate };
}

/** What reading one page gave: the next page's URL (if any) and where the page was served from. */
export interface PageVisit {
  next?: string | undefined;
  finalUrl?: string | undefined;
}

export interface PageWalk {
  /** Pages read in full. */
  pages: number;
  /** The page whose loading failed (never page 1: that failure is thrown). */
  failed?: { number: number; url: string; error: unknown };
  /** Why the walk stopped short, when a maintainer should know. */
  warning?: string;
}

/**
 * Visit `start` and the pages after it. `visit` loads and reads page `number`; it answers
 * 'stop' when there is nothing more to read (unchanged, or a page past the end).
 */
export async function walkPages(start: string, maxPages: number, visit: (url: string, number: number) => Promise<PageVisit | 'stop'>): Promise<PageWalk> {
  const seen = new Set<string>();
  const hosts = new Set<string>([new URL(start).host]);
  let url = start;
  for (let number = 1; ; number += 1) {
    seen.add(url);
    let visited: PageVisit | 'stop';
    try {
      visited = await visit(url, number);
    } catch (error) {
      if (number === 1) throw error;
      return { pages: number - 1, failed: { number, url, error } };
    }
    if (visited === 'stop') return { pages: number };
    if (visited.finalUrl) hosts.add(new URL(visited.finalUrl).host);
    const step = nextPageStep(visited.next, number + 1, maxPages, seen, hosts);
    if (step.kind === 'stop') return { pages: number, ...(step.warning ? { warning: step.warning } : {}) };
    url = step.url;
  }
}
