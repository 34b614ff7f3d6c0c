/** The one line a run that reached no server prints instead of blaming every source and link. */
import type { Reachability } from '../model/reachability.js';

/** "network unavailable: 0 of 13 sources and 0 of 57 links reachable" */
export function offlineLine(parts: { sources?: Reachability; links?: Reachability }): string {
  const said: string[] = [];
  if (parts.sources) said.push(`${parts.sources.reached} of ${parts.sources.total} sources`);
  if (parts.links) said.push(`${parts.links.reached} of ${parts.links.total} links`);
  return `network unavailable: ${said.join(' and ')} reachable — nothing was counted against any source or link; the next run tries again`;
}
