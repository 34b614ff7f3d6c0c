/**
 * The replica's log says what was asked and answered, not when or how slowly; the politeness
 * bound needs both. This wrapper notes, per request a site handles, its host, its arrival time,
 * the latency the site added and the User-Agent (to tell the tools apart), without the replica
 * core knowing. Wrap a site after mirroring it, so the host noted is the one the tool asked.
 */
import type { ReplicaSite } from '../src/demo/types.js';
import type { RequestRecord } from './politeness.js';

export interface Recorded extends RequestRecord {
  userAgent: string | undefined;
  /** What a browser says it fetches (Sec-Fetch-Dest): 'document' for a page, 'script', 'image', … for what a page pulls in. */
  fetchDest: string | undefined;
}

/**
 * The requests politeness is about: what the tool asks for itself (no Sec-Fetch-Dest) and the
 * pages a browser navigates to. What a rendered page pulls in (scripts, styles, images) the
 * browser loads side by side within the page, as any browser would; spacing those a second
 * apart is no rule anyone keeps, so the bound leaves them out.
 */
export function isPoliteRequest(record: Pick<Recorded, 'fetchDest'>): boolean {
  return record.fetchDest === undefined || record.fetchDest === 'document' || record.fetchDest === 'iframe';
}

export interface Recorder {
  records: Recorded[];
  clear(): void;
  wrap(site: ReplicaSite): ReplicaSite;
}

export function recorder(): Recorder {
  const records: Recorded[] = [];
  return {
    records,
    clear() {
      records.length = 0;
    },
    wrap(site) {
      return {
        ...site,
        handle(request, state) {
          const at = Date.now();
          const response = site.handle(request, state);
          records.push({ host: request.host, at, latencyMs: response?.delayMs ?? 0, userAgent: request.headers['user-agent'], fetchDest: request.headers['sec-fetch-dest'] });
          return response;
        },
      };
    },
  };
}
