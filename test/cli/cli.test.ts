/** The CLI as cron and editors use it: exit codes, JSON output, bad config, no stray state. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplica, type Replica } from '../../src/demo/server.js';
import type { ReplicaSite } from '../../src/demo/types.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';

let gone = false;
const site: ReplicaSite = {
  name: 'cli',
  hosts: ['www.forsk.no'],
  handle: (r) => {
    if (r.path === '/ny-liste') {
      // After a redesign: new class names, the same kind of article links.
      return {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<html><head><title>Publikasjoner</title></head><body><nav><a href="/om-oss">Om oss</a></nav><main><div class="grid">${[
          ['rapport-om-menneskehandel', 'Rapport om menneskehandel i arbeidslivet', '24.11.2026'],
          ['notat-om-tvangsarbeid', 'Notat om tvangsarbeid i Norden', '20.11.2026'],
          ['seminar-om-utnytting', 'Seminar om utnytting av arbeidstakere', '18.11.2026'],
        ]
          .map(([slug, title, date]) => `<article class="card"><h3 class="card-title"><a href="/publikasjoner/${slug}">${title}</a></h3><p class="meta">${date}</p></article>`)
          .join('')}</div></main></body></html>`,
      };
    }
    if (r.path === '/liste') {
      return gone
        ? { status: 404, body: 'not here', noValidators: true }
        : {
            status: 200,
            headers: { 'content-type': 'text/html; charset=utf-8' },
            body: '<ul><li class="pub"><a href="/a">Menneskehandel i arbeidslivet</a><span class="d">24.11.2026</span></li><li class="pub"><a href="/b">Annen rapport om noe</a><span class="d">20.11.2026</span></li></ul>',
          };
    }
    return null;
  },
};

const config = {
  $schema: './sources.schema.json',
  version: 1,
  sections: [{ id: 'forskning', title: 'Forskning' }],
  http: { retries: 0, perHostDelayMs: 0 },
  sources: [
    { id: 'forsk', name: 'Forsk', section: 'forskning', kind: 'html', url: 'https://www.forsk.no/liste', select: { item: 'li.pub', link: 'a', date: '.d' } },
    { id: 'forsk-ny', name: 'Forsk (ny)', section: 'forskning', kind: 'html', enabled: false, url: 'https://www.forsk.no/ny-liste', select: { item: 'li.pub', link: 'a', date: '.d' } },
  ],
};

let replica: Replica;
let dir: string;
beforeAll(async () => {
  replica = await startReplica({ sites: [site] });
  dir = tempDir();
  writeFileSync(path.join(dir, 'sources.json'), JSON.stringify(config));
});
afterAll(async () => {
  await replica.close();
});

const net = () => ['--proxy', replica.proxyUrl, '--insecure'];

describe('sourcewatch CLI', () => {
  it('--help lists the commands and exits 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['run', 'watch', 'digest', 'sources', 'demo']) expect(result.stdout).toContain(command);
  });

  it('an unknown command is a usage error: exit 3', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).toBe(3);
  });

  it('an invalid sources.json names each problem, exits 3 and touches no state', async () => {
    const bad = tempDir();
    const broken = structuredClone(config) as any;
    broken.sources[0].select.date = 'span[[';
    broken.sources[0].selectt = {};
    writeFileSync(path.join(bad, 'sources.json'), JSON.stringify(broken));
    const result = await runCli(['watch'], { cwd: bad });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('sources[0].selectt: unknown key');
    expect(existsSync(path.join(bad, 'storage'))).toBe(false);
    broken.sources[0].selectt = undefined;
    delete broken.sources[0].selectt;
    writeFileSync(path.join(bad, 'sources.json'), JSON.stringify(broken));
    const second = await runCli(['run'], { cwd: bad });
    expect(second.code).toBe(3);
    expect(second.stderr).toContain('sources[0].select.date: not a valid CSS selector');
    expect(existsSync(path.join(bad, 'storage'))).toBe(false);
  });

  it('sources probe prints what it found and writes no state', async () => {
    const probeDir = tempDir();
    writeFileSync(path.join(probeDir, 'sources.json'), JSON.stringify(config));
    const result = await runCli(['sources', 'probe', 'forsk', ...net()], { cwd: probeDir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Menneskehandel i arbeidslivet');
    expect(result.stdout).toContain('https://www.forsk.no/a');
    expect(result.stdout).toContain('24.11.2026 → 2026-11-23T23:00:00.000Z');
    expect(existsSync(path.join(probeDir, 'storage'))).toBe(false);
  });

  it('watch --json reports each source; exit 0 when all is well, 2 when a source fails', async () => {
    const first = await runCli(['watch', '--json', ...net()], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const json = JSON.parse(first.stdout);
    expect(json.sources).toEqual([expect.objectContaining({ id: 'forsk', outcome: 'baseline', items: 2, new: 2, detail: expect.any(String) })]);
    gone = true;
    const second = await runCli(['watch', '--json', ...net()], { cwd: dir });
    gone = false;
    expect(second.code).toBe(2);
    expect(JSON.parse(second.stdout).sources[0]).toMatchObject({ outcome: 'failed', detail: expect.stringContaining('404') });
  });

  it('--quiet is accepted; --log-level brings the JSON log lines back to stderr', async () => {
    const quiet = await runCli(['watch', '--quiet', ...net()], { cwd: dir });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
    const verbose = await runCli(['watch', '--log-level', 'info', ...net()], { cwd: dir });
    expect(verbose.stderr).toMatch(/"msg":"source done"/);
  });

  it('sources probe on a source that finds nothing shows what each selector matched, the page text and a suggested block', async () => {
    const result = await runCli(['sources', 'probe', 'forsk-ny', ...net()], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/select\.item +"li\.pub" matched 0 on the page +← nothing/);
    expect(result.stdout).toContain('text: Rapport om menneskehandel i arbeidslivet');
    expect(result.stdout).toContain('"item": "article.card"');
    expect(result.stdout).toContain('It finds 3 items on this page:');
    expect(result.stdout).not.toContain('check the selectors with');
  });

  it('sources suggest URL prints a block that sources check accepts', async () => {
    const result = await runCli(['sources', 'suggest', 'https://www.forsk.no/ny-liste', '--json', ...net()], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.items.map((i: { title: string }) => i.title)).toEqual([
      'Rapport om menneskehandel i arbeidslivet',
      'Notat om tvangsarbeid i Norden',
      'Seminar om utnytting av arbeidstakere',
    ]);
    const other = tempDir('sourcewatch-suggested-');
    writeFileSync(path.join(other, 'sources.json'), JSON.stringify({ ...config, sources: [out.blocks.listing] }));
    const check = await runCli(['sources', 'check'], { cwd: other });
    expect(check.code, check.stderr).toBe(0);
  });

  it('digest writes html, md and json', async () => {
    const out = path.join(dir, 'digest.html');
    const html = await runCli(['digest', '--days', '3', '--format', 'html', '--out', out], { cwd: dir });
    expect(html.code, html.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<!doctype html>');
    const json = await runCli(['digest', '--since', '2026-01-01', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toHaveProperty('candidates');
    const bad = await runCli(['digest', '--since', 'yesterday-ish'], { cwd: dir });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/^sourcewatch: invalid argument: --since: not a date: "yesterday-ish"/);
    expect(bad.stderr).not.toMatch(/invalid configuration/);
  });

  it('digest --since takes DD.MM.YYYY and refuses an American date', async () => {
    const norwegian = await runCli(['digest', '--since', '01.11.2026', '--until', '30.11.2026', '--format', 'json'], { cwd: dir });
    expect(norwegian.code, norwegian.stderr).toBe(0);
    expect(JSON.parse(norwegian.stdout).period).toEqual({ from: '2026-10-31T23:00:00.000Z', to: '2026-11-30T23:00:00.000Z' });
    const american = await runCli(['digest', '--since', '12/01/2026'], { cwd: dir });
    expect(american.code).toBe(3);
    expect(american.stderr).toContain('--since');
  });

  it('from a subfolder, finds sources.json above and uses the storage beside it', async () => {
    const sub = path.join(dir, 'nyhetsbrev', '2026');
    mkdirSync(sub, { recursive: true });
    const result = await runCli(['status', '--json'], { cwd: sub });
    expect(result.stderr).not.toMatch(/invalid configuration/);
    expect([0, 2]).toContain(result.code);
    expect(existsSync(path.join(sub, 'storage'))).toBe(false);
  });

  it('without any sources.json, says the absolute path it tried and how to give one', async () => {
    const empty = tempDir('sourcewatch-noconfig-');
    const result = await runCli(['sources', 'check'], { cwd: empty });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`no sources.json at ${path.join(empty, 'sources.json')}`);
    expect(result.stderr).toContain('--config FILE');
  });

  it('run writes the digest files into storage/digests and says where; for cron (no terminal) stderr holds no log lines', async () => {
    const result = await runCli(['run', ...net()], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^forsk /m);
    expect(result.stdout).toMatch(/storage\/digests\/digest-\d{4}-\d{2}-\d{2}\.html/);
    expect(existsSync(path.join(dir, 'storage', 'digests', 'latest.json'))).toBe(true);
  });
});
