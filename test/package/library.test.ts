/**
 * The library API as a user gets it: `import('sourcewatch')` by the package's name (Node's
 * self-reference through package.json `exports`), in a child process, against the build; and
 * a TypeScript consumer type-checked against the published declarations.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve('.');
const built = path.join(root, 'dist/src/index.js');

function runModule(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the package by its name', () => {
  beforeAll(() => {
    if (!existsSync(built) || !existsSync(path.join(root, 'dist/src/index.d.ts'))) throw new Error('no build in dist/: run `npm run build` first');
  });

  it('exports the library functions, and they work', () => {
    const out = runModule(`
      const m = await import('sourcewatch');
      const names = ['loadConfig', 'parseConfig', 'sourcesJsonSchema', 'createRuntime', 'watchSources', 'buildDigest',
        'formatDigest', 'writeDigestFiles', 'runMainJob', 'checkLinks', 'checkUrl', 'classify', 'extractLinks',
        'listReviewCandidates', 'osloDay', 'osloDayStart'];
      const missing = names.filter((name) => typeof m[name] !== 'function');
      const config = m.loadConfig('sources.json');
      let refused = '';
      try { m.parseConfig({ sources: 'none' }); } catch (error) { refused = error instanceof m.ConfigError ? 'ConfigError' : String(error); }
      const verdict = m.classify({ url: 'https://example.org/gone', chain: [{ url: 'https://example.org/gone', status: 404, headers: {} }] }).verdict;
      const links = await m.extractLinks('issue.md', new TextEncoder().encode('Se [rapporten](https://example.org/rapport).\\n'));
      process.stdout.write(JSON.stringify({
        missing,
        sources: config.sources.length,
        refused,
        verdict,
        links: links.map((link) => link.url),
        schema: typeof m.sourcesJsonSchema().properties,
        dayStart: m.osloDayStart('2026-03-29').toISOString(),
      }));
    `);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result.missing).toEqual([]);
    expect(result.sources).toBeGreaterThan(5);
    expect(result.refused).toBe('ConfigError');
    expect(result.verdict).toBe('broken');
    expect(result.links).toEqual(['https://example.org/rapport']);
    expect(result.schema).toBe('object');
    expect(result.dayStart).toBe('2026-0328T23:00:00.000Z'.replace('0328', '03-28'));
  });

  it('keeps the inside private: a deep import is refused', () => {
    let stderr = '';
    try {
      runModule(`await import('sourcewatch/dist/src/store/db.js');`);
    } catch (error) {
      stderr = String((error as { stderr?: string }).stderr);
    }
    expect(stderr).toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });

  describe('in TypeScript', () => {
    const dir = path.join(root, 'test-output', 'library-consumer');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('type-checks a consumer against the declarations, and they are real types, not any', () => {
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'consumer.ts');
      writeFileSync(
        file,
        [
          "import { classify, osloDayStart, parseConfig, type Config, type LinkResult, type Verdict } from 'sourcewatch';",
          "const config: Config = parseConfig({});",
          "const verdict: Verdict = classify({ url: 'https://example.org/', chain: [] }).verdict;",
          'const start: Date = osloDayStart(\'2026-10-25\');',
          "// @ts-expect-error: a URL is not an observation",
          "classify('https://example.org/');",
          "// @ts-expect-error: not a verdict",
          "const wrong: Verdict = 'fine';",
          'export const used: [Config, Verdict, Date, Verdict, LinkResult | undefined] = [config, verdict, start, wrong, undefined];',
          '',
        ].join('\n'),
      );
      const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
      const args = [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2023', '--skipLibCheck', '--types', 'node', file];
      let output = '';
      try {
        execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 120_000 });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output).toBe('');
    }, 180_000);
  });
});
