/**
 * robots.txt for source pages, fetched once per origin per run. Link checking does not consult
 * it (a checker asks one page, as a reader's click would); watching a listing on a schedule
 * is crawling, so it asks first.
 */
import { createRequire } from 'node:module';
import type { RobotsFile, RobotsMemory } from '../model/robots.js';

/** The parts of robots-parser we use (its bundled types are not importable under NodeNext). */
interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
}
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, text: string) => Robots;

export type RobotsVerdict = { allowed: true } | { allowed: false; reason: string };

export class RobotsCache {
  private readonly cache = new Map<string, Promise<Robots | Exclude<RobotsFile, { kind: 'rules' }>>>();

  constructor(
    private readonly userAgent: string,
    private readonly load: (robotsUrl: string) => Promise<RobotsFile>,
    private readonly memory?: RobotsMemory,
  ) {}

  private async fetchFile(origin: string, robotsUrl: string): Promise<RobotsFile> {
    const kept = this.memory?.get(origin);
    if (kept) return kept;
    const file = await this.load(robotsUrl);
    // An unreachable or unanswered robots.txt is asked again next run, not remembered.
    if (file.kind !== 'unreachable' && file.kind !== 'unanswered') this.memory?.put(origin, file);
    return file;
  }

  async check(url: string): Promise<RobotsVerdict> {
    const target = new URL(url);
    const robotsUrl = `${target.origin}/robots.txt`;
    let entry = this.cache.get(target.origin);
    if (!entry) {
      entry = this.fetchFile(target.origin, robotsUrl).then((file) => (file.kind === 'rules' ? robotsParser(robotsUrl, file.text) : file));
      this.cache.set(target.origin, entry);
    }
    const robots = await entry;
    if ('kind' in robots) {
      if (robots.kind === 'none' || robots.kind === 'unanswered') return { allowed: true };
      // RFC 9309 §2.3.1.4: an unreachable robots.txt means "assume complete disallow".
      return { allowed: false, reason: `robots.txt unreachable (${robots.detail})` };
    }
    const allowed = robots.isAllowed(url, this.userAgent);
    if (allowed === false) {
      const line = robots.getMatchingLineNumber(url, this.userAgent);
      return { allowed: false, reason: `disallowed by ${robotsUrl}${line > 0 ? ` line ${line}` : ''}` };
    }
    return { allowed: true };
  }
}
