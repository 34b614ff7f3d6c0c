/**
 * The quick check: a value against sources.schema.json, without zod. Loading zod and building
 * the schema costs about 130 ms of a command's start-up; reading the JSON Schema and walking
 * it, about 2 ms. It understands exactly the words zod writes into that file (KEYWORDS) and
 * answers only "valid, and this is the value with its defaults" or "not valid": the caller
 * then asks zod, whose messages name the field. A schema word it does not know makes every
 * value "not valid", so a new kind of check costs speed, never correctness.
 *
 * The defaults follow zod's: a missing key with a default takes it; on an object with
 * properties (zod's .prefault) the default is checked too so its own fields' defaults fill in,
 * on anything else (zod's .default) it is taken as it is. json-schema.ts refuses a schema
 * where the two could be confused.
 */
import { VALUE_FORMATS } from './value-formats.js';

export type JsonSchema = { readonly [keyword: string]: unknown };

export type SchemaCheck = { ok: true; value: unknown } | { ok: false };

const INVALID: SchemaCheck = { ok: false };

/** The words this check knows: annotations it skips, and assertions it applies below. */
const KEYWORDS = {
  $schema: 'annotation',
  $id: 'annotation',
  title: 'annotation',
  description: 'annotation',
  default: 'annotation',
  type: 'assertion',
  const: 'assertion',
  enum: 'assertion',
  minLength: 'assertion',
  maxLength: 'assertion',
  pattern: 'assertion',
  format: 'assertion',
  minimum: 'assertion',
  maximum: 'assertion',
  exclusiveMinimum: 'assertion',
  exclusiveMaximum: 'assertion',
  items: 'assertion',
  minItems: 'assertion',
  maxItems: 'assertion',
  properties: 'assertion',
  required: 'assertion',
  additionalProperties: 'assertion',
  propertyNames: 'assertion',
  oneOf: 'assertion',
  anyOf: 'assertion',
} as const satisfies Record<string, 'annotation' | 'assertion'>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema words anywhere in `schema` that this check does not know (none: it can judge). */
export function unknownKeywords(schema: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (!isRecord(node)) return;
    for (const [key, child] of Object.entries(node)) {
      if (!(key in KEYWORDS)) found.add(key);
      if (key === 'properties' && isRecord(child)) Object.values(child).forEach(walk);
      else if ((key === 'oneOf' || key === 'anyOf') && Array.isArray(child)) child.forEach(walk);
      else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames') walk(child);
    }
  };
  walk(schema);
  return [...found].sort();
}

const TYPES: Record<string, (value: unknown) => boolean> = {
  object: isRecord,
  array: Array.isArray,
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
};

const patterns = new Map<string, RegExp>();

/** A `pattern`, compiled once: a config repeats the same few (ids) for every source. */
function compiled(pattern: string): RegExp {
  let regex = patterns.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern);
    patterns.set(pattern, regex);
  }
  return regex;
}

/** A copy of a JSON value (a default), so no two configs share one array or object. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copy(child)]));
  return value;
}

function stringOk(schema: JsonSchema, value: string): boolean {
  if (typeof schema.minLength === 'number' && value.length < schema.minLength) return false;
  if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) return false;
  // Without flags, as json-schema.ts guarantees zod's regex was written.
  if (typeof schema.pattern === 'string' && !compiled(schema.pattern).test(value)) return false;
  if (schema.format !== undefined) {
    const test = VALUE_FORMATS[schema.format as keyof typeof VALUE_FORMATS] as ((value: string) => boolean) | undefined;
    if (!test || !test(value)) return false;
  }
  return true;
}

function numberOk(schema: JsonSchema, value: number): boolean {
  if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
  if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return false;
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return false;
  return true;
}

/**
 * False when a property the option fixes (`const`, as a discriminator is) holds another value:
 * that option cannot match, and a source need not be checked field by field against every kind.
 */
function constantsAgree(option: JsonSchema, value: unknown): boolean {
  if (!isRecord(value)) return true;
  let fixed = constants.get(option);
  if (!fixed) {
    const properties = (isRecord(option.properties) ? option.properties : {}) as Record<string, JsonSchema>;
    fixed = Object.entries(properties).flatMap(([key, property]) => ('const' in property ? [[key, property.const] as const] : []));
    constants.set(option, fixed);
  }
  return fixed.every(([key, constant]) => !Object.hasOwn(value, key) || value[key] === constant);
}

const constants = new WeakMap<JsonSchema, ReadonlyArray<readonly [string, unknown]>>();
const understood = new WeakMap<JsonSchema, boolean>();

/** True when every word of this schema node is one KEYWORDS knows (asked once per node). */
function knows(schema: JsonSchema): boolean {
  let known = understood.get(schema);
  if (known === undefined) {
    known = Object.keys(schema).every((key) => key in KEYWORDS);
    understood.set(schema, known);
  }
  return known;
}

function fillsIn(schema: JsonSchema): boolean {
  return schema.type === 'object' && isRecord(schema.properties);
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>): SchemaCheck {
  // A "__proto__" key (JSON.parse makes it an own key) would set the copy's prototype: zod judges it.
  if (Object.hasOwn(value, '__proto__')) return INVALID;
  const properties = (isRecord(schema.properties) ? schema.properties : {}) as Record<string, JsonSchema>;
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  for (const key of required) if (!Object.hasOwn(value, key)) return INVALID;
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    if (Object.hasOwn(value, key)) {
      const checked = checkValue(property, value[key]);
      if (!checked.ok) return INVALID;
      out[key] = checked.value;
    } else if ('default' in property) {
      const fallback = copy(property.default);
      if (!fillsIn(property)) out[key] = fallback;
      else {
        const checked = checkValue(property, fallback);
        if (!checked.ok) return INVALID;
        out[key] = checked.value;
      }
    }
  }
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(properties, key)) continue;
    if (schema.additionalProperties === false) return INVALID;
    if (schema.propertyNames !== undefined && !checkValue(schema.propertyNames as JsonSchema, key).ok) return INVALID;
    if (isRecord(schema.additionalProperties)) {
      const checked = checkValue(schema.additionalProperties, value[key]);
      if (!checked.ok) return INVALID;
      out[key] = checked.value;
    } else out[key] = value[key];
  }
  return { ok: true, value: out };
}

function checkArray(schema: JsonSchema, value: unknown[]): SchemaCheck {
  if (typeof schema.minItems === 'number' && value.length < schema.minItems) return INVALID;
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) return INVALID;
  if (!isRecord(schema.items)) return { ok: true, value: [...value] };
  const out: unknown[] = [];
  for (const element of value) {
    const checked = checkValue(schema.items, element);
    if (!checked.ok) return INVALID;
    out.push(checked.value);
  }
  return { ok: true, value: out };
}

/** `value` against `schema`: valid with its defaults filled in, or not valid. Pure. */
export function checkValue(schema: JsonSchema, value: unknown): SchemaCheck {
  if (!knows(schema)) return INVALID;
  if (schema.type !== undefined) {
    const test = typeof schema.type === 'string' ? TYPES[schema.type] : undefined;
    if (!test || !test(value)) return INVALID;
  }
  if ('const' in schema && value !== schema.const) return INVALID;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return INVALID;
  let out: unknown = value;
  if (typeof value === 'string' && !stringOk(schema, value)) return INVALID;
  if (typeof value === 'number' && !numberOk(schema, value)) return INVALID;
  if (Array.isArray(value)) {
    const checked = checkArray(schema, value);
    if (!checked.ok) return INVALID;
    out = checked.value;
  }
  if (isRecord(value)) {
    const checked = checkObject(schema, value);
    if (!checked.ok) return INVALID;
    out = checked.value;
  }
  if (Array.isArray(schema.oneOf)) {
    const matches = (schema.oneOf as JsonSchema[])
      .filter((option) => constantsAgree(option, value))
      .map((option) => checkValue(option, value))
      .filter((checked) => checked.ok);
    if (matches.length !== 1) return INVALID;
    out = matches[0]!.value;
  }
  // zod refines an object after parsing it: the alternatives are judged on the value with its defaults.
  if (Array.isArray(schema.anyOf) && !(schema.anyOf as JsonSchema[]).some((option) => checkValue(option, out).ok)) return INVALID;
  return { ok: true, value: out };
}
