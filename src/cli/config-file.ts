/** sources.json as the command line names it (or says why none was found). */
import type { Config } from '../config/schema.js';
import { ConfigError } from '../config/errors.js';
import { loadConfigQuickly } from '../config/load-quickly.js';
import type { GlobalOptions } from './context.js';

export async function configFromOptions(options: Pick<GlobalOptions, 'config' | 'configNotFound'>): Promise<Config> {
  if (options.configNotFound) throw new ConfigError(options.config, [{ path: '', message: options.configNotFound }]);
  return loadConfigQuickly(options.config);
}
