/** Finding sources.json from a subfolder, table-driven over a made-up file system. */
import { describe, expect, it } from 'vitest';
import { locateConfig, notFoundMessage } from '../../src/cli/locate-config.js';

describe('locateConfig', () => {
  it.each([
    ['in the working directory', '/srv/kom', ['/srv/kom/sources.json'], '/srv/kom/sources.json'],
    ['two folders up', '/srv/kom/nyhetsbrev/2026', ['/srv/kom/sources.json'], '/srv/kom/sources.json'],
    ['the nearest one wins', '/srv/kom/test', ['/srv/kom/sources.json', '/srv/kom/test/sources.json'], '/srv/kom/test/sources.json'],
  ])('%s', (_name, cwd, files, expected) => {
    expect(locateConfig(cwd, (f) => files.includes(f))).toEqual({ found: true, file: expected });
  });

  it('not found: every folder tried, up to the root, and a message with the absolute path and --config', () => {
    const located = locateConfig('/srv/kom', () => false);
    expect(located).toEqual({ found: false, tried: ['/srv/kom/sources.json', '/srv/sources.json', '/sources.json'] });
    if (located.found) throw new Error('unreachable');
    expect(notFoundMessage(located.tried)).toBe(
      'no sources.json at /srv/kom/sources.json (nor in any folder above it, up to /sources.json): run sourcewatch in the folder that holds it, or give it with --config FILE',
    );
  });
});
