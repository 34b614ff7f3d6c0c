/**
 * The JSON Schema for sources.json, generated from the same zod schema that validates it.
 *
 * The CLI checks a config against this file first (json-schema-check.ts) and loads zod only
 * when that check fails, for zod's own messages. So the file must state everything zod checks,
 * and state it unambiguously; generating refuses what it could not state:
 * - a refinement is written out from the table below (a `format`, or keys one of which is
 *   required); an unknown one fails the generation;
 * - a regex check with flags (JSON Schema's `pattern` has none);
 * - `.default()` of an object with fields (zod returns that value as it is, without filling in
 *   its fields' defaults; use `.prefault()`), and `.prefault()` of anything else — so a
 *   `default` on an object with properties means "fill in", and on anything else "as it is".
 */
import { z } from 'zod';
import { configSchema, needsNextOrTemplate, needsSelectOrArticles } from './schema.js';
import { isHttpUrl, isTimeZone, type ValueFormat } from './value-formats.js';

type JsonFragment = Record<string, unknown>;

const format = (name: ValueFormat): JsonFragment => ({ format: name });
const oneOfKeys = (...keys: string[]): JsonFragment => ({ anyOf: keys.map((key) => ({ required: [key] })) });

/** Every refinement the schema uses, as JSON Schema states it. */
const REFINEMENTS = new Map<unknown, JsonFragment>([
  [isHttpUrl, format('http-url')],
  [isTimeZone, format('time-zone')],
  [needsNextOrTemplate, oneOfKeys('next', 'template')],
  [needsSelectOrArticles, oneOfKeys('select', 'articles')],
]);

interface CheckDef {
  check: string;
  fn?: unknown;
  format?: string;
  pattern?: RegExp;
}

interface SchemaDef {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  innerType?: { _zod: { def: SchemaDef } };
}

function hasFields(def: SchemaDef | undefined): boolean {
  return def?.type === 'object';
}

/** Adds what zod's generator leaves out (refinements) and refuses what cannot be stated. */
function stateEverything(ctx: { zodSchema: unknown; jsonSchema: JsonFragment; path: (string | number)[] }): void {
  const def = (ctx.zodSchema as { _zod: { def: SchemaDef } })._zod.def;
  const at = ctx.path.join('.') || '(top level)';
  if (def.type === 'default' && hasFields(def.innerType?._zod.def)) throw new Error(`${at}: .default() of an object; use .prefault() so its fields' defaults apply`);
  if (def.type === 'prefault' && !hasFields(def.innerType?._zod.def)) throw new Error(`${at}: .prefault() of a ${def.innerType?._zod.def.type}; use .default()`);
  for (const check of def.checks ?? []) {
    const { check: kind, fn, pattern } = check._zod.def;
    if (kind === 'string_format' && pattern && pattern.flags !== '') throw new Error(`${at}: regex /${pattern.source}/${pattern.flags} has flags JSON Schema cannot state`);
    if (kind !== 'custom') continue;
    const fragment = REFINEMENTS.get(fn);
    if (!fragment) throw new Error(`${at}: a refinement json-schema.ts does not know; add it to REFINEMENTS so sources.schema.json states it`);
    for (const key of Object.keys(fragment)) if (key in ctx.jsonSchema) throw new Error(`${at}: ${key} is already set`);
    Object.assign(ctx.jsonSchema, fragment);
  }
}

/** A schema's JSON Schema (input side), everything stated; throws on what cannot be. */
export function statedJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw', override: stateEverything }) as Record<string, unknown>;
}

export function sourcesJsonSchema(): Record<string, unknown> {
  const schema = statedJsonSchema(configSchema);
  return {
    ...schema,
    $id: 'https://sourcewatch.local/sources.schema.json',
    title: 'sourcewatch sources.json',
    description: 'The sources sourcewatch watches, the newsletter sections, ranking keywords and HTTP politeness.',
  };
}
