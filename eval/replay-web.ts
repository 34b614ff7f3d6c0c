/**
 * The replayed web for the replica server: one site per replica module, each rebuilt for every
 * replay day from its world. The server routes by host once, at start, so it is handed stable
 * stand-ins that answer with the current day's site; sites sharing a host fall through to each
 * other as in src/demo/sites/index.ts.
 */
import { shareHosts } from '../src/demo/sites/index.js';
import type { ReplicaSite } from '../src/demo/types.js';

/** A replica site built from the world for a replay day, and the source ids it serves. */
export interface SiteBuilder {
  sources: readonly string[];
  build(day: string): ReplicaSite;
}

export interface ReplayWeb {
  sites: ReplicaSite[];
  /** Rebuild every site for `day`. */
  setDay(day: string): void;
}

export function replayWeb(builders: readonly SiteBuilder[], firstDay: string): ReplayWeb {
  let current = builders.map((builder) => builder.build(firstDay));
  const standIns: ReplicaSite[] = current.map((site, index) => ({
    name: site.name,
    hosts: site.hosts,
    handle: (request, state) => current[index]!.handle(request, state),
  }));
  return {
    sites: shareHosts(standIns),
    setDay(day: string) {
      current = builders.map((builder) => builder.build(day));
    },
  };
}
