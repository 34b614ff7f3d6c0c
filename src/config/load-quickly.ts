/**
 * sources.json for the command line: checked against sources.schema.json first (the quick
 * check, no zod), and only when that says "not valid" through zod — whose messages, naming
 * the field, are the ones the user sees. A valid config never loads zod; an invalid one gets
 * exactly the errors `loadConfig` gives.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './errors.js';
import { checkValue, type JsonSchema } from './json-schema-check.js';
import { readConfigJson } from './read-config.js';
import type { Config } from './schema.js';
import { semanticIssues } from './semantic-checks.js';

/** The package's sources.schema.json: two folders up from src/config, whether run from dist/ or not. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../sources.schema.json', import.meta.url.replace('/dist/src/', '/src/')));

/** The JSON Schema, or undefined when it cannot be read (then zod judges every config). */
function readSchema(file: string): JsonSchema | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as JsonSchema;
  } catch {
    return undefined;
  }
}

/** Validate an already-parsed JSON value, quickly when it is valid. Throws ConfigError. */
export async function parseConfigQuickly(value: unknown, file = 'sources.json', schemaFile = SCHEMA_FILE): Promise<Config> {
  const schema = readSchema(schemaFile);
  const checked = schema ? checkValue(schema, value) : undefined;
  if (!checked?.ok) return (await import('./load.js')).parseConfig(value, file);
  const config = checked.value as Config;
  const issues = semanticIssues(config);
  if (issues.length > 0) throw new ConfigError(file, issues);
  return config;
}

/** Read and validate sources.json: `loadConfig`, without zod's cost for a valid file. */
export async function loadConfigQuickly(file: string): Promise<Config> {
  return parseConfigQuickly(readConfigJson(file), file);
}
