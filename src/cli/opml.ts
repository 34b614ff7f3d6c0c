/**
 * `sources import-opml FILE` and `sources export-opml`: feed sources in and out of sources.json
 * as OPML, the list every feed reader reads. The import shows what it would do and writes only
 * with --write: validated with the schema first, sources.json written atomically, the
 * previous version kept as sources.json.bak. Like `sources check`, it loads only the config
 * modules and the OPML reader.
 */
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/errors.js';
import { parseConfig } from '../config/load.js';
import type { FeedSource } from '../config/schema.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { parseOpml, renderOpml } from '../sources/opml.js';
import { planOpmlImport, type OpmlImportPlan } from '../sources/opml-import.js';
import { ArgumentError } from './argument-error.js';
import type { GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';

export interface ImportOpmlOptions extends GlobalOptions {
  section?: string;
  write?: boolean;
}

export interface ExportOpmlOptions extends GlobalOptions {
  out?: string;
}

/** sources.json as text and as the schema reads it: the text is what --write edits. */
function readSourcesJson(options: GlobalOptions): { text: string; raw: { sources: unknown[] } & Record<string, unknown>; config: ReturnType<typeof parseConfig> } {
  if (options.configNotFound) throw new ConfigError(options.config, [{ path: '', message: options.configNotFound }]);
  let text: string;
  try {
    text = readFileSync(options.config, 'utf8');
  } catch (error) {
    throw new ConfigError(options.config, [{ path: '', message: `cannot read it: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }]);
  }
  let raw: { sources: unknown[] } & Record<string, unknown>;
  try {
    raw = JSON.parse(text) as typeof raw;
  } catch (error) {
    throw new ConfigError(options.config, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return { text, raw, config: parseConfig(raw, options.config) };
}

/** The preview: one line per feed, then the totals. */
export function formatImportPlan(file: string, plan: OpmlImportPlan): string {
  const lines = [`${file}: ${plan.add.length + plan.skipped.length + plan.invalid.length} feeds`];
  for (const { source, sectionFrom } of plan.add) {
    lines.push(`  add      ${source.id}  "${source.name}"  → ${source.section}${sectionFrom === 'default' ? ' (default section)' : ''}  ${source.url}`);
  }
  for (const { feed, sameAs } of plan.skipped) lines.push(`  skip     "${feed.title}"  already the source ${sameAs}  ${feed.xmlUrl}`);
  for (const { feed, reason } of plan.invalid) lines.push(`  invalid  "${feed.title}" (line ${feed.line}): ${reason}`);
  lines.push(`${plan.add.length} to add, ${plan.skipped.length} already present, ${plan.invalid.length} invalid.`);
  return `${lines.join('\n')}\n`;
}

export async function importOpmlCommand(file: string, options: ImportOpmlOptions): Promise<number> {
  const { text, raw, config } = readSourcesJson(options);
  if (options.section !== undefined && !config.sections.some((s) => s.id === options.section)) {
    throw new ArgumentError('--section', `unknown section "${options.section}" (known: ${config.sections.map((s) => s.id).join(', ')})`);
  }
  let opml: string;
  try {
    opml = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ArgumentError('FILE', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const parsed = parseOpml(opml);
  if (!parsed.ok) {
    process.stderr.write(`sourcewatch sources import-opml: ${file}: ${parsed.error}\nNothing was changed.\n`);
    return EXIT.config;
  }
  const plan = planOpmlImport(config, parsed.feeds, options.section !== undefined ? { section: options.section } : {});
  process.stdout.write(formatImportPlan(file, plan));
  if (!options.write) {
    process.stdout.write(plan.add.length > 0 ? `Nothing written: run again with --write to add them to ${options.config}.\n` : 'Nothing to add.\n');
    return EXIT.ok;
  }
  if (plan.add.length === 0) {
    process.stdout.write(`Nothing to add; ${options.config} is unchanged.\n`);
    return EXIT.ok;
  }
  const next = { ...raw, sources: [...raw.sources, ...plan.add.map((a) => a.source)] };
  // The same checks as every load: a source the schema refuses is never written.
  parseConfig(next, options.config);
  writeFileAtomic(`${options.config}.bak`, text);
  writeFileAtomic(options.config, `${JSON.stringify(next, null, 2)}\n`);
  process.stdout.write(`Wrote ${plan.add.length} new feed sources to ${options.config} (the previous version: ${options.config}.bak).\n`);
  return EXIT.ok;
}

export async function exportOpmlCommand(options: ExportOpmlOptions, now: Date = new Date()): Promise<number> {
  const { config } = readSourcesJson(options);
  const feeds = config.sources.filter((s): s is FeedSource => s.kind === 'feed');
  const text = renderOpml({ title: 'sourcewatch – kilder', dateCreated: now.toISOString(), sections: config.sections, sources: feeds });
  if (options.out) writeFileAtomic(options.out, text);
  else process.stdout.write(text);
  const others = config.sources.length - feeds.length;
  process.stderr.write(
    `${feeds.length} feed sources${options.out ? ` written to ${options.out}` : ''}${others > 0 ? `; ${others} sources of other kinds (listing pages, sitemaps, Stortinget) are not feeds and are left out` : ''}.\n`,
  );
  return EXIT.ok;
}
