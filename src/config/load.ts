/**
 * Loading sources.json: parse, validate against the schema, then the checks a schema cannot
 * express (ids unique, sections known, selectors and patterns that compile). Every problem is
 * collected and reported together with its path; nothing is half-loaded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { patternProblem } from './pattern.js';
import { assertSelector } from './selector.js';
import { ConfigError, formatPath, type ConfigIssue } from './errors.js';
import { configSchema, sourceSchema, type Config } from './schema.js';

/** The kinds the schema knows, named in the error for an unknown one: a new kind needs no edit here. */
const SOURCE_KINDS = sourceSchema.options.map((option) => option.shape.kind.value).join(', ');

function zodIssues(error: z.ZodError): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: formatPath([...issue.path, key]), message: 'unknown key' });
    } else if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
      const at = issue.path.at(-1) === 'kind' ? issue.path : [...issue.path, 'kind'];
      issues.push({ path: formatPath(at), message: `kind must be one of ${SOURCE_KINDS}` });
    } else {
      issues.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return issues;
}

function semanticIssues(config: Config): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const sectionIds = new Set<string>();
  config.sections.forEach((section, index) => {
    if (sectionIds.has(section.id)) issues.push({ path: `sections[${index}].id`, message: `duplicate section id "${section.id}"` });
    sectionIds.add(section.id);
  });
  const seen = new Map<string, number>();
  config.sources.forEach((source, index) => {
    const at = `sources[${index}]`;
    const first = seen.get(source.id);
    if (first !== undefined) issues.push({ path: `${at}.id`, message: `duplicate id "${source.id}" (also sources[${first}])` });
    else seen.set(source.id, index);
    if (!sectionIds.has(source.section)) {
      issues.push({ path: `${at}.section`, message: `unknown section "${source.section}" (known: ${[...sectionIds].join(', ')})` });
    }
    const selectors: Array<[string, string | undefined]> = [];
    const patterns: Array<[string, string[]]> = [];
    const listing = source.kind === 'html' || source.kind === 'browser' ? source : source.kind === 'feed' && source.fallback?.kind === 'html' ? source.fallback : undefined;
    const prefix = listing === source ? '' : 'fallback.';
    if (listing) {
      for (const [key, value] of Object.entries(listing.select ?? {})) {
        if (key !== 'linkAttribute' && key !== 'dateAttribute') selectors.push([`${prefix}select.${key}`, value]);
      }
      selectors.push([`${prefix}pagination.next`, listing.pagination?.next]);
      if (listing.articles) patterns.push([`${prefix}articles.include`, listing.articles.include], [`${prefix}articles.exclude`, listing.articles.exclude]);
    }
    if (source.kind === 'browser') selectors.push(['waitFor', source.waitFor]);
    const detail = listing?.detail ?? (source.kind === 'sitemap' ? source.detail : undefined);
    if (detail) {
      const at = source.kind === 'sitemap' ? '' : prefix;
      selectors.push([`${at}detail.date`, detail.date], [`${at}detail.title`, detail.title], [`${at}detail.summary`, detail.summary]);
    }
    if (source.kind === 'sitemap') patterns.push(['include', source.include], ['exclude', source.exclude]);
    for (const [field, selector] of selectors) {
      if (selector === undefined) continue;
      try {
        assertSelector(selector);
      } catch (error) {
        issues.push({ path: `${at}.${field}`, message: `not a valid CSS selector: ${(error as Error).message}` });
      }
    }
    for (const [field, list] of patterns) {
      list.forEach((pattern, i) => {
        const problem = patternProblem(pattern);
        if (problem) issues.push({ path: `${at}.${field}[${i}]`, message: problem });
      });
    }
  });
  config.ranking.keywords.forEach((rule, k) => {
    rule.notInSources.forEach((id, i) => {
      if (!seen.has(id)) issues.push({ path: `ranking.keywords[${k}].notInSources[${i}]`, message: `unknown source "${id}"` });
    });
  });
  config.links.exclude.forEach((pattern, i) => {
    const problem = patternProblem(pattern);
    if (problem) issues.push({ path: `links.exclude[${i}]`, message: problem });
  });
  return issues;
}

/** Validate an already-parsed JSON value. Throws ConfigError listing every problem. */
export function parseConfig(value: unknown, file = 'sources.json'): Config {
  const result = configSchema.safeParse(value);
  if (!result.success) throw new ConfigError(file, zodIssues(result.error));
  const issues = semanticIssues(result.data);
  if (issues.length > 0) throw new ConfigError(file, issues);
  return result.data;
}

export function loadConfig(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? `not found: ${path.resolve(file)} (give the file with --config FILE)`
        : `cannot read ${path.resolve(file)}: ${code ?? String(error)}`;
    throw new ConfigError(file, [{ path: '', message }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, [{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return parseConfig(value, file);
}
