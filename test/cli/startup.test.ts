/**
 * Commands load what they need: `sources check` reads sources.json and nothing else — not the
 * store, the fetchers, the link checker or the logger (it loaded 585 files before check had its
 * own module, 137 after, the config schema's seven files included; most of the rest is zod).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = `file://${path.resolve('dist/src')}/`;

function loaded(args: string[]): { code: number | null; ours: string[]; count: number } {
  const result = spawnSync(process.execPath, ['--import', path.resolve('test/helpers/count-modules.mjs'), path.resolve('bin/sourcewatch.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  });
  const files = result.stderr.split('\n').filter((line) => line.startsWith('module ')).map((line) => line.slice('module '.length));
  const count = Number(/^loaded (\d+) files$/m.exec(result.stderr)?.[1]);
  return { code: result.status, ours: files.filter((file) => file.startsWith(dist)).map((file) => file.slice(dist.length)), count };
}

describe('start-up', () => {
  it('sources check loads the config modules and none of the app', () => {
    const { code, ours, count } = loaded(['--config', path.resolve('sources.json'), 'sources', 'check']);
    expect(code).toBe(0);
    expect(ours).toContain('config/load.js');
    expect(ours).toContain('cli/config-commands.js');
    // report/format-names.js is the formats' names alone (it imports nothing): the CLI offers them as choices.
    expect(ours.filter((file) => !/^(cli\.js|cli\/|config\/|report\/format-names\.js$)/.test(file))).toEqual([]);
    expect(count).toBeLessThan(200);
  });

  it('sources export-opml loads the config modules and the OPML reader, none of the app', () => {
    const { code, ours, count } = loaded(['--config', path.resolve('sources.json'), 'sources', 'export-opml']);
    expect(code).toBe(0);
    expect(ours).toContain('cli/opml.js');
    expect(ours).toContain('sources/opml.js');
    expect(ours.filter((file) => !/^(cli\.js|cli\/|config\/|files\/write-atomic\.js$|sources\/(opml|opml-import|opml-xml|sitemap-xml|tag-scan|text)\.js$|report\/format-names\.js$)/.test(file))).toEqual([]);
    expect(count).toBeLessThan(200);
  });

  it('--help loads almost nothing', () => {
    const { code, ours, count } = loaded(['--help']);
    expect(code).toBe(0);
    expect(ours).toContain('cli.js');
    expect(ours.filter((file) => !/^(cli\.js|cli\/|config\/errors\.js|report\/format-names\.js$)/.test(file))).toEqual([]);
    expect(count).toBeLessThan(30);
  });
});
