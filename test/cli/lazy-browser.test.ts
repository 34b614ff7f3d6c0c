/**
 * crawlee and playwright are loaded only by a run that renders a page: `--help` and `status`
 * must not pay for them (about a second and 100+ MB). A module resolve hook in the child
 * process records every specifier naming them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/runtime.js';

const dir = tempDir('sourcewatch-lazy-');
writeFileSync(
  path.join(dir, 'hooks.mjs'),
  `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (/^(@crawlee\\/|crawlee$|playwright)/.test(specifier)) appendFileSync(process.env.LOADED_LOG, specifier + '\\n');
  return next(specifier, context);
}
`,
);
writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function browserModulesLoadedBy(args: string[], name: string): { code: number | null; loaded: string[]; stderr: string } {
  const log = path.join(dir, `${name}.log`);
  const run = spawnSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), ...args], {
    env: { ...process.env, LOADED_LOG: log, CI: 'true' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const loaded = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
  return { code: run.status, loaded, stderr: run.stderr };
}

describe('lazy browser', () => {
  it('the hook sees an import of crawlee (control)', () => {
    const result = browserModulesLoadedBy(['--input-type=module', '-e', "await import('@crawlee/playwright')"], 'control');
    expect(result.code, result.stderr).toBe(0);
    expect(result.loaded).toContain('@crawlee/playwright');
  });

  it('sourcewatch --help and status load neither crawlee nor playwright', () => {
    const bin = path.resolve('bin/sourcewatch.js');
    const help = browserModulesLoadedBy([bin, '--help'], 'help');
    expect(help.code, help.stderr).toBe(0);
    expect(help.loaded).toEqual([]);
    const status = browserModulesLoadedBy([bin, 'status', '-c', path.resolve('sources.json'), '-s', path.join(dir, 'storage')], 'status');
    expect(status.stderr).not.toMatch(/Error \[ERR_|TypeError/);
    expect(status.loaded).toEqual([]);
  });
});
