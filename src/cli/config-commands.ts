/**
 * `sources check` and `sources schema`: they read or describe sources.json and nothing else,
 * so they load only the config modules (not the store, the fetchers or the logger).
 */
import { writeFileSync } from 'node:fs';
import { configFromOptions } from './config-file.js';
import type { GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';

export interface SchemaOptions {
  out?: string;
}

export async function checkCommand(options: GlobalOptions): Promise<number> {
  const config = await configFromOptions(options);
  process.stdout.write(`${options.config}: ok, ${config.sources.length} sources in ${config.sections.length} sections\n`);
  return EXIT.ok;
}

export async function schemaCommand(options: SchemaOptions): Promise<number> {
  const { sourcesJsonSchema } = await import('../config/json-schema.js');
  const text = `${JSON.stringify(sourcesJsonSchema(), null, 2)}\n`;
  if (options.out) writeFileSync(options.out, text);
  else process.stdout.write(text);
  return EXIT.ok;
}
