/**
 * Where sources.json is when no --config is given: in the working directory or the nearest
 * folder above it, as git finds its repository — so a command run from a subfolder of the
 * project uses the project's config and its storage/, not a new empty one.
 */
import path from 'node:path';

export const CONFIG_NAME = 'sources.json';

export type Located = { found: true; file: string } | { found: false; tried: string[] };

/** Pure: `exists` answers for the file system. */
export function locateConfig(cwd: string, exists: (file: string) => boolean): Located {
  const tried: string[] = [];
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, CONFIG_NAME);
    tried.push(file);
    if (exists(file)) return { found: true, file };
    if (path.dirname(dir) === dir) return { found: false, tried };
  }
}

/** The message for a config that is nowhere to be found. */
export function notFoundMessage(tried: string[]): string {
  const first = tried[0] ?? CONFIG_NAME;
  const above = tried.length > 1 ? ` (nor in any folder above it, up to ${tried[tried.length - 1]})` : '';
  return `no ${CONFIG_NAME} at ${first}${above}: run sourcewatch in the folder that holds it, or give it with --config FILE`;
}
