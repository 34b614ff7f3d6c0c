/** sources.json read and parsed as JSON, or a ConfigError saying why it cannot be. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './errors.js';

export function readConfigJson(file: string): unknown {
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
  return value;
}
