/**
 * Commands load what they need (issue 14): a child process runs each command under a hook that
 * lists every module file it loaded (ESM and CommonJS, test/helpers/count-modules.mjs), and the
 * table says which packages that command must load and which it must not. `sources check`
 * once loaded 585 files; a valid config now loads no zod (the quick check), only an invalid one
 * does, for zod's messages.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/runtime.js';

const dist = `file://${path.resolve('dist/src')}/`;
const config = path.resolve('sources.json');
const dir = tempDir('sourcewatch-startup-');
const storage = path.join(dir, 'storage');
const invalidConfig = path.join(dir, 'invalid.json');
// A feed on a .invalid host: resolution fails at once (RFC 6761), no network is touched; the run reports it failed (exit 2).
const feedConfig = path.join(dir, 'feed.json');

interface Loaded {
  code: number | null;
  stderr: string;
  /** Our own modules, relative to dist/src. */
  ours: string[];
  /** Packages under node_modules, by name. */
  packages: Set<string>;
  count: number;
  /** Whether Node's own bundled undici loaded (an ESM import of node:http does that on Node ≥ 22). */
  bundledUndici: boolean;
}

function loaded(args: string[]): Loaded {
  const result = spawnSync(process.execPath, ['--import', path.resolve('test/helpers/count-modules.mjs'), path.resolve('bin/sourcewatch.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
    timeout: 60_000,
  });
  const files = result.stderr.split('\n').filter((line) => line.startsWith('module ')).map((line) => line.slice('module '.length));
  const count = Number(/^loaded (\d+) files$/m.exec(result.stderr)?.[1]);
  const packages = new Set(files.map((file) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]).filter((name): name is string => name !== undefined));
  const stderr = result.stderr.split('\n').filter((line) => !line.startsWith('module ') && !/^loaded \d+ files$/.test(line) && !line.startsWith('bundled undici ')).join('\n');
  const bundledUndici = /^bundled undici loaded$/m.test(result.stderr);
  return { code: result.status, stderr, ours: files.filter((file) => file.startsWith(dist)).map((file) => file.slice(dist.length)), packages, count, bundledUndici };
}

/** What no command that only reads the config or the store may load. */
const NETWORK_AND_PARSERS = ['undici', 'cheerio', 'parse5', 'rss-parser', 'xml2js', 'nodemailer', 'playwright', 'playwright-core', '@crawlee/playwright', '@crawlee/browser-pool', 'pdfjs-dist'];

const COMMANDS: Array<{ name: string; args: () => string[]; code: number; loads: string[]; notLoads: string[] }> = [
  // Help comes from the command table (cli/help-text.ts): not even commander loads.
  { name: '--help', args: () => ['--help'], code: 0, loads: [], notLoads: [...NETWORK_AND_PARSERS, 'commander', 'zod', 'pino', 'better-sqlite3', 'css-what'] },
  { name: 'sources probe --help', args: () => ['sources', 'probe', '--help'], code: 0, loads: [], notLoads: [...NETWORK_AND_PARSERS, 'commander', 'zod', 'pino', 'better-sqlite3', 'css-what'] },
  // Control: help asked with an option before it is commander's to parse, and prints the same.
  { name: '--quiet --help', args: () => ['--quiet', '--help'], code: 0, loads: ['commander'], notLoads: [...NETWORK_AND_PARSERS, 'zod', 'pino', 'better-sqlite3', 'css-what'] },
  { name: 'sources check', args: () => ['--config', config, 'sources', 'check'], code: 0, loads: ['commander', 'css-what', 'safe-regex2'], notLoads: [...NETWORK_AND_PARSERS, 'zod', 'pino', 'better-sqlite3'] },
  { name: 'status', args: () => ['status', '-c', config, '-s', storage], code: 0, loads: ['better-sqlite3'], notLoads: [...NETWORK_AND_PARSERS, 'zod', 'pino'] },
  { name: 'digest --format json', args: () => ['digest', '--format', 'json', '-c', config, '-s', storage], code: 0, loads: ['better-sqlite3'], notLoads: [...NETWORK_AND_PARSERS, 'zod', 'pino'] },
  // Every watch pays for its start-up: the HTTP client and the store, but no zod and no browser;
  // a kind's parser loads once an answer is in (this feed never answers), the mailer with a message.
  {
    name: 'watch (one feed, offline)',
    args: () => ['watch', '-c', feedConfig, '-s', path.join(dir, 'watch-storage')],
    code: 2,
    loads: ['undici', 'better-sqlite3', 'pino'],
    notLoads: ['zod', 'rss-parser', 'cheerio', 'parse5', 'nodemailer', 'date-fns', 'playwright', 'playwright-core', '@crawlee/playwright', 'pdfjs-dist'],
  },
  // Control: an invalid config does load zod, and its message names the field.
  { name: 'sources check of an invalid config', args: () => ['--config', invalidConfig, 'sources', 'check'], code: 3, loads: ['zod'], notLoads: [...NETWORK_AND_PARSERS, 'pino', 'better-sqlite3'] },
];

beforeAll(() => {
  mkdirSync(storage, { recursive: true });
  // The store `status` and `digest` read, made as a first `digest` makes it.
  const first = loaded(['digest', '--format', 'json', '-c', config, '-s', storage]);
  expect(first.code, first.stderr).toBe(0);
  writeFileSync(feedConfig, JSON.stringify({ version: 1, sections: [{ id: 'a', title: 'A' }], sources: [{ id: 'f', name: 'F', section: 'a', kind: 'feed', url: 'https://feed.invalid/feed.xml' }] }));
  writeFileSync(
    invalidConfig,
    JSON.stringify({ version: 1, sections: [{ id: 'a', title: 'A' }], sources: [{ id: 'x', name: 'X', section: 'a', kind: 'feed', url: 'ftp://example.org/feed' }] }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('start-up', () => {
  it.each(COMMANDS)('$name loads what it uses and nothing more', ({ args, code, loads, notLoads }) => {
    const run = loaded(args());
    expect(run.code, run.stderr).toBe(code);
    for (const name of loads) expect([...run.packages], `${name} should load`).toContain(name);
    expect(notLoads.filter((name) => run.packages.has(name))).toEqual([]);
    // About 35 ms on Node 24 for nothing we use (model/status-codes.ts says how it happens).
    expect(run.bundledUndici, "Node's bundled undici should not load").toBe(false);
  });

  it('an invalid config is refused with the field named, as zod says it', () => {
    const run = loaded(['--config', invalidConfig, 'sources', 'check']);
    expect(run.stderr).toContain('sources[0].url: must be an absolute http(s) URL');
  });

  it('sources check loads the config modules and none of the app', () => {
    const { code, ours, count } = loaded(['--config', config, 'sources', 'check']);
    expect(code).toBe(0);
    expect(ours).toContain('config/load-quickly.js');
    expect(ours).toContain('config/json-schema-check.js');
    expect(ours).toContain('cli/config-commands.js');
    expect(ours).not.toContain('config/load.js');
    // report/format-names.js is the formats' names alone (it imports nothing): the CLI offers them as choices.
    expect(ours.filter((file) => !/^(cli\.js|cli\/|config\/|report\/format-names\.js$)/.test(file))).toEqual([]);
    expect(count).toBeLessThan(60);
  });

  it('sources export-opml loads the config modules and the OPML reader, none of the app', () => {
    const { code, ours, count } = loaded(['--config', config, 'sources', 'export-opml']);
    expect(code).toBe(0);
    expect(ours).toContain('cli/opml.js');
    expect(ours).toContain('sources/opml.js');
    expect(ours.filter((file) => !/^(cli\.js|cli\/|config\/|files\/write-atomic\.js$|sources\/(opml|opml-import|opml-xml|sitemap-xml|tag-scan|text)\.js$|report\/format-names\.js$)/.test(file))).toEqual([]);
    expect(count).toBeLessThan(200);
  });

  it('--help loads the launcher, the help renderer and the command table, nothing more', () => {
    const { code, ours, count } = loaded(['--help']);
    expect(code).toBe(0);
    expect([...ours].sort()).toEqual(['cli/command-table.js', 'cli/help-text.js', 'report/format-names.js']);
    // The launcher, the three above and the hook's own file; no package at all.
    expect(count).toBeLessThan(8);
  });
});
