/** `sourcewatch links check`: placeholder until the checker lands in this file. */
import type { GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';

export async function linksCheckCommand(_targets: string[], _options: GlobalOptions): Promise<number> {
  process.stderr.write('links check: not built yet\n');
  return EXIT.crash;
}
