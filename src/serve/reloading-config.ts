/**
 * sources.json for a long-running review page: read again when the file changes (new export
 * templates show at once), and a broken edit keeps the last good version, with a warning.
 */
import { statSync } from 'node:fs';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { ConfigSource } from './routes.js';

/** The config, read again when the file changes; a broken edit keeps the last good one, with a warning. */
export function reloadingConfig(file: string, initial: Config, log: Logger): ConfigSource {
  let config = initial;
  let warning: string | null = null;
  let seen = mtime(file);
  return {
    current() {
      const now = mtime(file);
      if (now !== seen) {
        seen = now;
        try {
          config = loadConfig(file);
          warning = null;
          log.info({ file }, 'sources.json reloaded');
        } catch (error) {
          warning = error instanceof Error ? error.message : String(error);
          log.warn({ file, err: warning }, 'sources.json could not be reloaded; keeping the previous version');
        }
      }
      return { config, warning };
    },
  };
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}
