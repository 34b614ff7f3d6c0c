/** The JSON Schema for sources.json, generated from the same zod schema that validates it. */
import { z } from 'zod';
import { configSchema } from './schema.js';

export function sourcesJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://sourcewatch.local/sources.schema.json',
    title: 'sourcewatch sources.json',
    description: 'The sources sourcewatch watches, the newsletter sections, ranking keywords and HTTP politeness.',
  };
}
