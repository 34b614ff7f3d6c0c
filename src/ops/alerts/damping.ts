/**
 * Alert damping, pure: from what is open and what is observed now, decide what to tell.
 * A subject is reported once when it crosses into `failing`, stays quiet while it keeps
 * failing, and is reported once more when it works again. Flapping below the threshold
 * (fail, fail, ok, fail…) says nothing at all.
 */
import type { SourceState } from '../../store/source-state.js';
import { OUTCOME_INFO } from '../../model/outcomes.js';
import type { Observation, OpenAlert, Transitions } from '../../model/alerts.js';

export function dampAlerts(open: readonly OpenAlert[], observations: readonly Observation[], at: string): Transitions {
  const openByKey = new Map(open.map((alert) => [alert.key, alert]));
  const result: Transitions = { notices: [], opened: [], recovered: [], dropped: [], updated: [], closed: [] };
  const seen = new Set<string>();
  for (const observation of observations) {
    seen.add(observation.key);
    const current = openByKey.get(observation.key);
    const host = observation.host !== undefined ? { host: observation.host } : {};
    if (observation.state === 'failing' && !current) {
      const since = observation.since ?? at;
      result.opened.push({ key: observation.key, kind: observation.kind, subject: observation.subject, since, detail: observation.detail });
      result.notices.push({ type: 'failing', key: observation.key, kind: observation.kind, subject: observation.subject, detail: observation.detail, since, at, ...host });
    } else if (observation.state === 'ok' && current) {
      result.recovered.push(observation.key);
      result.notices.push({ type: 'recovered', key: observation.key, kind: observation.kind, subject: observation.subject, detail: observation.detail, since: current.since, at, ...host });
    } else if (observation.state === 'unmonitored' && current) {
      result.closed.push(observation.key);
      result.notices.push({ type: 'closed', key: observation.key, kind: observation.kind, subject: observation.subject, detail: observation.detail, since: current.since, at, ...host });
    } else if (observation.state === 'failing' && current && current.detail !== observation.detail) {
      result.updated.push({ ...current, subject: observation.subject, detail: observation.detail });
    }
  }
  for (const alert of open) if (!seen.has(alert.key)) result.dropped.push(alert.key);
  return result;
}

/** How each enabled source looks, judged against the threshold of failed runs in a row. */
export function sourceObservations(
  sources: ReadonlyArray<{ id: string; name: string; enabled: boolean }>,
  states: readonly SourceState[],
  threshold: number,
): Observation[] {
  const byId = new Map(states.map((state) => [state.sourceId, state]));
  const out: Observation[] = [];
  for (const source of sources) {
    const state = byId.get(source.id);
    if (!source.enabled || !state) continue;
    const subject = source.name && source.name !== source.id ? `${source.id} (${source.name})` : source.id;
    const n = state.consecutiveFailures;
    if (n === 0) {
      out.push({ key: `source:${source.id}`, kind: 'source', subject, state: 'ok', detail: `working again (${state.lastOutcome ?? 'ok'})` });
      continue;
    }
    const what = state.lastOutcome ? OUTCOME_INFO[state.lastOutcome].trouble : 'failed';
    out.push({
      key: `source:${source.id}`,
      kind: 'source',
      subject,
      state: n >= threshold ? 'failing' : 'pending',
      detail: `${what} ${n} runs in a row${state.lastOkAt ? ` (last ok ${state.lastOkAt})` : ' (never worked)'}: ${state.lastDetail ?? ''}`.trimEnd(),
    });
  }
  return out;
}

export interface LinkStateLike {
  url: string;
  deadSince: string | null;
  consecutiveFailures: number;
  lastVerdict: string | null;
  lastStatus: number | null;
  lastDetail: string | null;
  foundIn?: Array<{ file: string; page?: number; line?: number }>;
  /** When a check last found it anywhere (null: nowhere any more, or forgotten); absent: not known. */
  lastSeen?: string | null;
}

/** Whether a link is out of what is checked: not found by the latest finished link run (which began at `checkedSince`). */
export function isUnmonitored(link: LinkStateLike, checkedSince: string | undefined): boolean {
  if (link.lastSeen === undefined) return false;
  return link.lastSeen === null || (checkedSince !== undefined && link.lastSeen < checkedSince);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * Links: the link history already decides when a link counts as dead (N failed runs or D days),
 * so `failing` is simply "dead"; `ok` is a link with an open alert that works again.
 * `dead` are the links counted dead now; `openLinks` the state of links with an open alert;
 * `checkedSince` the start of the latest finished link run. A link that run no longer found
 * is `unmonitored`: its dead state is its last known one, not news, so it opens nothing, and
 * an open alert for it is closed as "no longer checked" (never as recovered).
 */
export function linkObservations(dead: readonly LinkStateLike[], openLinks: readonly LinkStateLike[], checkedSince?: string): Observation[] {
  const out = new Map<string, Observation>();
  for (const link of openLinks) {
    if (!isUnmonitored(link, checkedSince)) continue;
    const host = hostOf(link.url);
    const seen = link.lastSeen ? `last found ${link.lastSeen}` : 'found nowhere any more';
    out.set(link.url, {
      key: `link:${link.url}`,
      kind: 'link',
      subject: link.url,
      state: 'unmonitored',
      detail: `no longer checked (${seen}: not in the archive, the digest candidates or the source pages); closed without a verdict`,
      ...(host ? { host } : {}),
    });
  }
  for (const link of dead) {
    if (out.has(link.url) || isUnmonitored(link, checkedSince)) continue;
    const where = link.foundIn?.[0];
    const place = where ? ` — in ${where.file}${where.page !== undefined ? ` p. ${where.page}` : ''}${where.line !== undefined ? ` line ${where.line}` : ''}` : '';
    const status = link.lastStatus !== null ? ` (HTTP ${link.lastStatus})` : '';
    const host = hostOf(link.url);
    out.set(link.url, {
      key: `link:${link.url}`,
      kind: 'link',
      subject: link.url,
      state: 'failing',
      detail: `${link.lastVerdict ?? 'failing'}${status}${link.lastDetail ? `: ${link.lastDetail}` : ''}${place}`,
      ...(link.deadSince ? { since: link.deadSince } : {}),
      ...(host ? { host } : {}),
    });
  }
  for (const link of openLinks) {
    if (out.has(link.url)) continue;
    const host = hostOf(link.url);
    out.set(link.url, {
      key: `link:${link.url}`,
      kind: 'link',
      subject: link.url,
      state: link.deadSince === null && link.consecutiveFailures === 0 ? 'ok' : 'pending',
      detail: `works again (${link.lastVerdict ?? 'ok'})`,
      ...(host ? { host } : {}),
    });
  }
  return [...out.values()];
}

/**
 * The network as one subject: failing after `threshold` runs in a row reached no server, ok
 * as soon as one run reaches anything. An outage is one alert, never one per source or link.
 */
export function networkObservation(streak: { runs: number; since: string | null }, threshold: number): Observation {
  const base = { key: 'network', kind: 'network' as const, subject: 'network' };
  if (streak.runs === 0) return { ...base, state: 'ok', detail: 'servers answer again' };
  const detail = `no server answered in ${streak.runs} run${streak.runs === 1 ? '' : 's'} in a row (the machine's network or its proxy is down); sources and links were not counted`;
  return { ...base, state: streak.runs >= threshold ? 'failing' : 'pending', detail, ...(streak.since ? { since: streak.since } : {}) };
}
