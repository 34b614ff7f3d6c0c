/**
 * The checks of sources.json a schema cannot express: ids unique, sections known, selectors
 * and patterns that compile. Run on a config the schema has passed (by zod, or the quick check).
 */
import { patternProblem } from './pattern.js';
import type { Config } from './schema.js';
import { assertSelector } from './selector.js';
import type { ConfigIssue } from './errors.js';

export function semanticIssues(config: Config): ConfigIssue[] {
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
