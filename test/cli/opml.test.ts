/**
 * `sources export-opml` and `sources import-opml` as a maintainer runs them: a round trip into
 * a config without feeds gives back the same feed sources; the import previews and writes only
 * with --write (atomically, the previous file kept); a malformed file changes nothing.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';

const sections = [
  { id: 'politiske-tiltak', title: 'Politiske tiltak' },
  { id: 'forskning', title: 'Forskningsrapporter og digitale seminarer' },
];
const stortinget = { id: 'stortinget', name: 'Stortinget', section: 'politiske-tiltak', kind: 'stortinget' };
const feeds = [
  { id: 'fafo', name: 'Fafo – rapporter', section: 'forskning', kind: 'feed', url: 'https://www.fafo.no/rss' },
  { id: 'regjeringen', name: 'Regjeringen – høringer & "dokumenter"', section: 'politiske-tiltak', kind: 'feed', url: 'https://www.regjeringen.no/rss?type=h%C3%B8ring&a=1' },
  { id: 'norden', name: 'Nordisk ministerråd', section: 'forskning', kind: 'feed', url: 'https://www.norden.org/rss.xml' },
];

let dir = '';
const write = (name: string, value: unknown): string => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  return file;
};

beforeAll(() => {
  dir = tempDir('sourcewatch-opml-');
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('sources export-opml → import-opml', () => {
  it('gives back the same feed sources in a config that had none', async () => {
    const full = write('full.json', { version: 1, sections, sources: [stortinget, ...feeds] });
    const opml = path.join(dir, 'kilder.opml');
    const exported = await runCli(['--config', full, 'sources', 'export-opml', '--out', opml]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('3 feed sources written to');
    expect(exported.stderr).toContain('1 sources of other kinds');
    expect(readFileSync(opml, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<opml version="2.0">/);

    const emptyText = `${JSON.stringify({ version: 1, sections, sources: [stortinget] }, null, 2)}\n`;
    const empty = write('empty.json', emptyText);
    const preview = await runCli(['--config', empty, 'sources', 'import-opml', opml]);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('3 to add, 0 already present, 0 invalid.');
    expect(preview.stdout).toContain('add      fafo  "Fafo – rapporter"  → forskning  https://www.fafo.no/rss');
    expect(preview.stdout).toContain('Nothing written: run again with --write');
    expect(readFileSync(empty, 'utf8')).toBe(emptyText);
    expect(existsSync(`${empty}.bak`)).toBe(false);

    const written = await runCli(['--config', empty, 'sources', 'import-opml', opml, '--write']);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain(`Wrote 3 new feed sources to ${empty} (the previous version: ${empty}.bak).`);
    expect(readFileSync(`${empty}.bak`, 'utf8')).toBe(emptyText);
    const after = readFileSync(empty, 'utf8');
    expect(JSON.parse(after)).toEqual({ version: 1, sections, sources: [stortinget, ...feeds.filter((f) => f.section === 'politiske-tiltak'), ...feeds.filter((f) => f.section === 'forskning')] });
    // Two-space JSON, as the file was: the existing part of the file is unchanged text.
    expect(after.startsWith(emptyText.slice(0, emptyText.indexOf('"kind": "stortinget"')))).toBe(true);
    expect((await runCli(['--config', empty, 'sources', 'check'])).code).toBe(0);

    // Again: everything is there already, nothing is written.
    const again = await runCli(['--config', empty, 'sources', 'import-opml', opml, '--write']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 to add, 3 already present, 0 invalid.');
    expect(readFileSync(empty, 'utf8')).toBe(after);
  });

  it('puts feeds of folders that name no section in --section, and refuses an unknown one', async () => {
    const config = write('one.json', { version: 1, sections, sources: [stortinget] });
    const opml = write('reader.opml', '<opml version="2.0"><body><outline text="Diverse"><outline type="rss" text="UNODC" xmlUrl="https://www.unodc.org/rss"/></outline></body></opml>');
    const chosen = await runCli(['--config', config, 'sources', 'import-opml', opml, '--section', 'forskning']);
    expect(chosen.stdout).toContain('add      unodc  "UNODC"  → forskning (default section)  https://www.unodc.org/rss');
    const unknown = await runCli(['--config', config, 'sources', 'import-opml', opml, '--section', 'sport']);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toContain('--section: unknown section "sport"');
  });
});

describe('a malformed OPML file', () => {
  it.each([
    ['truncated', '<opml version="2.0"><body><outline type="rss" text="A" xmlUrl="https://a.no/rss"/>', 'not well-formed XML: line 1: <body> is never closed'],
    ['an RSS feed, not OPML', '<rss version="2.0"><channel><title>x</title></channel></rss>', 'not an OPML file: the root element is <rss>'],
  ])('(%s) is refused with exit code 3, sources.json untouched', async (_name, text, message) => {
    const configText = `${JSON.stringify({ version: 1, sections, sources: [stortinget] }, null, 2)}\n`;
    const config = write('untouched.json', configText);
    const opml = write('bad.opml', text);
    const result = await runCli(['--config', config, 'sources', 'import-opml', opml, '--write']);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Nothing was changed.');
    expect(result.stdout).toBe('');
    expect(readFileSync(config, 'utf8')).toBe(configText);
    expect(existsSync(`${config}.bak`)).toBe(false);
  });
});
