/**
 * The bench's Markdown: one table per workload, each figure beside its bound and its anchor
 * (the tool people would otherwise use, measured in the same run), and the growth figures.
 * An anchor that could not be installed says so in its row rather than going missing.
 */
import type { LinkBenchResult } from './links-bench.js';
import type { ManyResult, ManyRun } from './many-sources.js';
import type { RunFigures, WatchBenchResult } from './watch-bench.js';

export const seconds = (ms: number | null): string => (ms === null ? 'did not finish' : `${(ms / 1000).toFixed(1)} s`);
export const mb = (kb: number | null | undefined): string => (kb === null || kb === undefined || kb === 0 ? '–' : `${Math.round(kb / 1024)} MB`);

/** `a` as a multiple of `b`, or a dash when either is missing (a run that did not finish, a bound of 0). */
export function times(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || b <= 0) return '–';
  return `${(a / b).toFixed(a / b >= 10 ? 1 : 2)}×`;
}

/** Slope of y over x between the first and last point (per unit of x), or null for fewer than two points. */
export function slope(points: ReadonlyArray<readonly [x: number, y: number | null]>): number | null {
  const known = points.filter((p): p is readonly [number, number] => p[1] !== null);
  if (known.length < 2) return null;
  const [x0, y0] = known[0]!;
  const [x1, y1] = known[known.length - 1]!;
  return x1 === x0 ? null : (y1 - y0) / (x1 - x0);
}

/** A run's wall time, with its exit code when it was not 0 (2: a source failed; 3: the config was refused — a figure not to trust). */
export function wall(ms: number | null, exitCode: number | null): string {
  return exitCode === 0 ? seconds(ms) : `${seconds(ms)} (exit ${exitCode ?? 'killed'})`;
}

export interface Anchors {
  linkinator: boolean;
  linkchecker: boolean;
  urlwatch: boolean;
}

const MISSING = (tool: string): string => `| ${tool} | not installed here: bench/install.ts could not install it, so there is no anchor figure |`;

export function linkTable(result: LinkBenchResult, anchors: Anchors, withAnchors: boolean): string {
  const bySourcewatch = result.tools.find((t) => t.tool === 'sourcewatch');
  const lines = [
    `#### ${result.links.toLocaleString('en')} links, ${result.hosts} hosts, ${result.latencyMs} ms latency (one slow host: ${result.slowHostLatencyMs} ms)`,
    '',
    `Lower bound at ${result.perHostConcurrency} connections per host: **${seconds(result.lowerBoundMs)}** (max over hosts of links ÷ ${result.perHostConcurrency} × latency). Allowing for the requests the mix itself demands (a redirect is two requests, a persistent 500 is tried three times, a 429 asks the host to pause 1 s): **${seconds(result.achievableBoundMs)}**.`,
    '',
    '| tool | wall time | × lower bound | × bound with redirects/retries | sourcewatch × this tool | most in flight on one host | peak RSS | requests | right verdicts | wrong: working / broken / can\'t tell | settings |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const t of result.tools) {
    const versus = t.tool === 'sourcewatch' ? '1×' : times(bySourcewatch?.wallMs, t.wallMs);
    lines.push(
      `| ${t.tool} ${t.version} | ${seconds(t.wallMs)} | ${times(t.wallMs, result.lowerBoundMs)} | ${times(t.wallMs, result.achievableBoundMs)} | ${versus} | ${t.maxPerHost} | ${mb(t.peakRssKb)} | ${t.requests} | ${t.right} / ${t.judged} (${((100 * t.right) / t.judged).toFixed(1)} %) | ${t.wrong.working} / ${t.wrong.broken} / ${t.wrong['cant-tell']} | ${t.note} |`,
    );
  }
  if (withAnchors && !anchors.linkinator) lines.push(MISSING('linkinator'));
  if (withAnchors && !anchors.linkchecker) lines.push(MISSING('LinkChecker'));
  return lines.join('\n');
}

function watchRow(label: string, f: RunFigures, anchor: RunFigures | undefined): string {
  const share304 = f.requests ? ((100 * f.answered304) / f.requests).toFixed(0) : '0';
  return `| ${label} | ${wall(f.wallMs, f.exitCode)} | ${seconds(f.politeness.boundMs)} | ${times(f.wallMs, f.politeness.boundMs)} | ${anchor ? times(f.wallMs, anchor.wallMs) : '–'} | ${f.politeness.busiestHost ?? '–'} (${f.politeness.busiestHostRequests}) | ${mb(f.peakRssKb)} | ${f.requests} | ${f.answered304} (${share304} %) | ${(f.bytes / 1024).toFixed(1)} KiB |`;
}

export function watchTable(result: WatchBenchResult, anchors: Anchors, withAnchor: boolean): string {
  const lines = [
    `#### Watching ${result.sources} sources (feeds, html, sitemap, Stortinget API; the shipped sources and whole mirrors of them, each mirror on its own hosts)`,
    '',
    'Bound: the politeness bound of the run\'s own requests (1 s between request starts to a host, one at a time, the replica\'s latency; docs/benchmarks.md, "The politeness bound"). The busiest host is the one that sets it.',
    '',
    '| run | wall time | bound | × bound | × urlwatch | busiest host (requests) | peak RSS | requests | answered 304 | bytes received |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    watchRow('sourcewatch, cold (baseline)', result.cold, result.urlwatch?.cold),
    watchRow('sourcewatch, warm (nothing changed)', result.warm, result.urlwatch?.warm),
  ];
  if (result.urlwatch) {
    lines.push(watchRow(`${result.urlwatch.version}, cold (${result.urlwatch.jobs} HTML/feed jobs)`, result.urlwatch.cold, undefined));
    lines.push(watchRow(`${result.urlwatch.version}, warm`, result.urlwatch.warm, undefined));
  } else if (withAnchor && !anchors.urlwatch) lines.push(MISSING('urlwatch'));
  if (result.browser) {
    const { cold, warm } = result.browser;
    lines.push(watchRow('sourcewatch, browser kind only (GRETA), cold', cold, undefined));
    lines.push(watchRow('sourcewatch, browser kind only (GRETA), warm', warm, undefined));
    lines.push(
      '',
      '| browser kind run | Chromium PSS, summed over its processes (peak) | Chromium processes then | node PSS (peak) | the rest (virtual display) | peak RSS of the largest process (GNU time) |',
      '| --- | --- | --- | --- | --- | --- |',
      ...([['cold', cold], ['warm', warm]] as const).map(([label, f]) =>
        `| ${label} | ${mb(f.tree?.chromiumPssKiB)} | ${f.tree?.chromiumProcesses ?? '–'} | ${mb(f.tree?.nodePssKiB)} | ${mb(f.tree?.otherPssKiB)} | ${mb(f.peakRssKb)} |`,
      ),
    );
  }
  return lines.join('\n');
}

/**
 * A median round's wall time with every round's beside it, to the hundredth: these runs take
 * from half a second to a few seconds.
 */
export function roundsWall(run: Pick<ManyRun, 'wallMs' | 'wallsMs' | 'exitCode'>): string {
  const precise = (ms: number | null): string => (ms === null ? 'did not finish' : `${(ms / 1000).toFixed(2)} s`);
  const median = run.exitCode === 0 ? precise(run.wallMs) : `${precise(run.wallMs)} (exit ${run.exitCode ?? 'killed'})`;
  if (run.wallsMs.length < 2) return median;
  return `${median} (median of ${run.wallsMs.length}: ${run.wallsMs.map((ms) => (ms === null ? '–' : (ms / 1000).toFixed(2))).join(' / ')})`;
}

function manyRow(label: string, run: ManyRun, one: ManyRun | undefined, anchor: ManyRun | undefined): string {
  const share304 = run.requests ? ((100 * run.answered304) / run.requests).toFixed(0) : '0';
  const { minGapMs, minLaterGapMs } = run.politeness;
  const gap = minGapMs === null ? '–' : `${minGapMs} / ${minLaterGapMs === null ? '–' : minLaterGapMs} ms`;
  return `| ${label} | ${roundsWall(run)} | ${seconds(run.politeness.boundMs)} | ${times(run.wallMs, run.politeness.boundMs)} | ${one ? times(run.wallMs, one.wallMs) : '–'} | ${anchor ? times(run.wallMs, anchor.wallMs) : '–'} | ${mb(run.peakRssKb)} | ${run.requests} | ${run.answered304} (${share304} %) | ${gap} |`;
}

export function manyTable(results: ManyResult[], anchors: Anchors, latencyMs: number, withAnchor: boolean): string {
  const perHost = results[0]?.perHost ?? 1;
  // The run every other is compared with: one host's worth of sources.
  const one = results.find((r) => r.sources === perHost);
  const unit = perHost === 1 ? 'one source' : `one host (${perHost} sources)`;
  const where = perHost === 1 ? 'each on its own host' : `${perHost} to a host`;
  const lines = [
    `#### Many sources, ${where} (${latencyMs} ms latency per response; 85 % feeds, 10 % html listings, 5 % sitemaps; every host needs the same requests)`,
    '',
    `| run | wall time | politeness bound | × bound | × ${unit} | × urlwatch | peak RSS | requests | answered 304 | shortest gap between two requests to one host: any / after its first |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    for (const phase of ['cold', 'warm'] as const) {
      lines.push(manyRow(`sourcewatch, ${r.sources} ${r.sources === 1 ? 'source' : 'sources'}, ${phase}`, r[phase], r === one ? undefined : one?.[phase], r.urlwatch?.[phase]));
    }
  }
  for (const r of results) {
    if (!r.urlwatch) continue;
    for (const phase of ['cold', 'warm'] as const) lines.push(manyRow(`urlwatch, ${r.sources} ${r.sources === 1 ? 'URL' : 'URLs'}, ${phase}`, r.urlwatch[phase], r === one ? undefined : one?.urlwatch?.[phase], undefined));
  }
  if (withAnchor && !anchors.urlwatch) lines.push(MISSING('urlwatch'));
  return lines.join('\n');
}

export function growthTable(links: LinkBenchResult[], many: ManyResult[]): string {
  const ours = links.map((l) => ({ links: l.links, tool: l.tools.find((t) => t.tool === 'sourcewatch') }));
  const linkTime = slope(ours.map((o) => [o.links, o.tool?.wallMs ?? null] as const));
  const linkRss = slope(ours.map((o) => [o.links, o.tool?.peakRssKb ?? null] as const));
  const counted = many.filter((m) => m.sources >= 50);
  const lines = ['#### Growth'];
  if (ours.length > 1) {
    lines.push(
      '',
      '| links | sourcewatch wall time | peak RSS |',
      '| --- | --- | --- |',
      ...ours.map((o) => `| ${o.links.toLocaleString('en')} | ${seconds(o.tool?.wallMs ?? null)} | ${mb(o.tool?.peakRssKb)} |`),
      '',
      `Slope from ${ours[0]!.links.toLocaleString('en')} to ${ours.at(-1)!.links.toLocaleString('en')} links: ${linkTime === null ? '–' : `${linkTime.toFixed(1)} s`} per 1,000 links, ${linkRss === null ? '–' : `${((linkRss * 1000) / 1024).toFixed(1)} MB`} per 1,000 links.`,
    );
  }
  if (counted.length < 2) return lines.join('\n');
  lines.push(
    '',
    '| sources | cold | warm | peak RSS (cold) |',
    '| --- | --- | --- | --- |',
    ...counted.map((m) => `| ${m.sources} | ${seconds(m.cold.wallMs)} | ${seconds(m.warm.wallMs)} | ${mb(m.cold.peakRssKb)} |`),
  );
  for (const phase of ['cold', 'warm'] as const) {
    const time = slope(counted.map((m) => [m.sources, m[phase].wallMs] as const));
    const rss = slope(counted.map((m) => [m.sources, m[phase].peakRssKb] as const));
    lines.push('', `Slope ${phase}, ${counted[0]?.sources ?? '–'} to ${counted.at(-1)?.sources ?? '–'} sources: ${time === null ? '–' : `${((time * 100) / 1000).toFixed(2)} s`} and ${rss === null ? '–' : `${((rss * 100) / 1024).toFixed(1)} MB`} per 100 sources.`);
  }
  return lines.join('\n');
}
