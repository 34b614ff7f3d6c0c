/** sources.json as the command line names it (or says why none was found). */
import type { Config } from '../config/schema.js';
import { ConfigError } from '../config/errors.js';
import { loadConfig } from '../config/load.js';
import type { GlobalOptions } from './context.js';

export function configFromOptions(options: Pick<GlobalOptions, 'config' | 'configNotFound'>): Config {
  if (options.configNotFound) throw new ConfigError(options.config, [{ path: '', message: options.configNotFound }]);
  return loadConfig(options.config);
}
