/**
 * `sourcewatch links check` as maintainers run it: a one-off check of a file, and the
 * history mode over the configured archive where a link is dead only after N failed runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page, redirect, startHosts, type TestHosts } from '../helpers/hosts.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/runtime.js';

let hosts: TestHosts;
let dir: string;
const base = () => `http://${hosts.hosts['site.test']!.address}:${hosts.hosts['site.test']!.port}`;

beforeAll(async () => {
  hosts = await startHosts(
    {
      'site.test': (_request, response, url) => {
        if (url.pathname === '/fine') return page(response, 200, 'Rapport');
        if (url.pathname === '/old') return redirect(response, 301, '/fine');
        if (url.pathname === '/walled') return page(response, 403, 'Just a moment...', '', { 'cf-mitigated': 'challenge' });
        return page(response, 404, 'Not Found');
      },
    },
    20,
  );
  dir = tempDir();
  mkdirSync(path.join(dir, 'archive'));
  writeFileSync(
    path.join(dir, 'archive', '2022-06.md'),
    `# Nyhetsbrev juni 2022\n\nFafo lanserte rapporten, se [her](${base()}/fine).\n\nGammel lenke: ${base()}/old\n\nBorte: <${base()}/gone>\n\nBak en mur: ${base()}/walled\n`,
  );
  writeFileSync(path.join(dir, 'archive', '2022-09.txt'), `GRETA publiserte rapporten, se her.\n${base()}/gone\nmailto:KOM.pod@politiet.no\n`);
  writeFileSync(
    path.join(dir, 'sources.json'),
    JSON.stringify({
      version: 1,
      sections: [{ id: 'forskning', title: 'Forskning' }],
      links: { archive: ['archive'], checkCandidates: true, checkSources: false, deadAfterRuns: 3, timeoutSeconds: 5, retries: 0 },
      sources: [{ id: 'f', name: 'F', section: 'forskning', kind: 'feed', url: `${base()}/feed.xml`, enabled: false }],
    }),
  );
});
afterAll(async () => {
  await hosts.close();
});

describe('links check', () => {
  it('a one-off check of a file says so, reports what it saw, and exits 2 on a broken link', async () => {
    const result = await runCli(['links', 'check', path.join(dir, 'archive', '2022-06.md'), '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.oneOff).toBe(true);
    const byUrl = Object.fromEntries(report.links.map((l: { url: string }) => [l.url, l]));
    expect(byUrl[`${base()}/fine`]).toMatchObject({ verdict: 'ok', httpStatus: 200, foundIn: [{ file: expect.stringContaining('2022-06.md'), line: 3, page: null }] });
    expect(byUrl[`${base()}/old`]).toMatchObject({ verdict: 'redirected', permanent: true, finalUrl: `${base()}/fine` });
    expect(byUrl[`${base()}/gone`]).toMatchObject({ verdict: 'broken', httpStatus: 404, dead: false });
    expect(byUrl[`${base()}/walled`]).toMatchObject({ verdict: 'blocked' });
    expect(report.summary).toMatchObject({ total: 4, ok: 1, redirected: 1, broken: 1, blocked: 1 });
  });

  it('a file that is not there is an argument error (exit 3) naming its absolute path; nothing is checked', async () => {
    const result = await runCli(['links', 'check', 'nosuchfile.pdf'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`invalid argument: links check: no such file or folder: ${path.join(dir, 'nosuchfile.pdf')}`);
    expect(result.stdout).toBe('');
  });

  it('an unreadable PDF is named as a problem and the check exits 2, not 0', async () => {
    const broken = path.join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.7\nthis is no pdf at all');
    const result = await runCli(['links', 'check', broken, '--format', 'json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(2);
    expect(JSON.parse(result.stdout).problems).toEqual([{ file: broken, detail: expect.any(String) }]);
  });

  it('text report: one-off mode is stated; broken first, then moved, then cannot tell', async () => {
    const result = await runCli(['links', 'check', path.join(dir, 'archive')], { cwd: dir });
    expect(result.stdout).toContain('one-off check');
    const broken = result.stdout.indexOf('BROKEN in issue 2022-06');
    const moved = result.stdout.indexOf('MOVED');
    const cantTell = result.stdout.indexOf("CAN'T TELL");
    expect(broken).toBeGreaterThanOrEqual(0);
    expect(moved).toBeGreaterThan(broken);
    expect(cantTell).toBeGreaterThan(moved);
    expect(result.stdout).toContain('https://web.archive.org/web/*/');
    expect(result.stdout).toContain(`update the link to ${base()}/fine`);
  });

  it('history: dead only after 3 failed runs; each distinct URL checked once; successes cached', async () => {
    const codes: number[] = [];
    let last: any;
    for (let run = 1; run <= 3; run += 1) {
      hosts.log.length = 0;
      const result = await runCli(['links', 'check', '--format', 'json'], { cwd: dir });
      codes.push(result.code ?? -1);
      last = JSON.parse(result.stdout);
      // /gone appears in two issues but is requested once per run.
      expect(hosts.log.filter((r) => r.path === '/gone').length).toBe(1);
      if (run > 1) expect(hosts.log.some((r) => r.path === '/fine')).toBe(false);
    }
    expect(codes).toEqual([0, 0, 2]);
    const gone = last.links.find((l: { url: string }) => l.url === `${base()}/gone`);
    expect(gone).toMatchObject({ verdict: 'broken', dead: true, consecutiveFailures: 3 });
    expect(gone.foundIn.map((f: { file: string }) => path.basename(f.file)).sort()).toEqual(['2022-06.md', '2022-09.txt']);
    expect(last.summary.dead).toBe(1);
    // A bot wall is never dead.
    expect(last.links.find((l: { url: string }) => l.url.endsWith('/walled'))).toMatchObject({ verdict: 'blocked', dead: false });
  });

  it('markdown, html and csv reports group dead links by issue', async () => {
    const md = await runCli(['links', 'check', '--format', 'md'], { cwd: dir });
    expect(md.stdout).toContain('## Døde lenker');
    expect(md.stdout).toContain('### Nummer 2022-06');
    expect(md.stdout).toContain('### Nummer 2022-09');
    const out = path.join(dir, 'report.html');
    await runCli(['links', 'check', '--format', 'html', '--out', out], { cwd: dir });
    const csv = await runCli(['links', 'check', '--format', 'csv'], { cwd: dir });
    expect(csv.stdout.split('\n')[0]).toBe('url,verdict,dead,httpStatus,finalUrl,permanent,detail,foundIn,firstFailed,consecutiveFailures');
  });
});
