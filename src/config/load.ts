/**
 * Loading sources.json: parse, validate against the schema, then the checks a schema cannot
 * express (ids unique, sections known, selectors and patterns that compile). Every problem is
 * collected and reported together with its path; nothing is half-loaded.
 */
import type { z } from 'zod';
import { ConfigError, formatPath, type ConfigIssue } from './errors.js';
import { readConfigJson } from './read-config.js';
import { configSchema, sourceSchema, type Config } from './schema.js';
import { semanticIssues } from './semantic-checks.js';

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

/** Validate an already-parsed JSON value. Throws ConfigError listing every problem. */
export function parseConfig(value: unknown, file = 'sources.json'): Config {
  const result = configSchema.safeParse(value);
  if (!result.success) throw new ConfigError(file, zodIssues(result.error));
  const issues = semanticIssues(result.data);
  if (issues.length > 0) throw new ConfigError(file, issues);
  return result.data;
}

/** Read and validate sources.json (zod's messages on any problem). Throws ConfigError. */
export function loadConfig(file: string): Config {
  return parseConfig(readConfigJson(file), file);
}
