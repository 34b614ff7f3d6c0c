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
          records.push({ host: request.host, at, latencyMs: response?.delayMs ?? 0, userAgent: request.headers['user-agent'] });
          return response;
        },
      };
    },
  };
}
