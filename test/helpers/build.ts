/**
 * Which compiled files in dist/ are older than their TypeScript (or missing). The CLI tests
 * spawn bin/sourcewatch.js, which runs dist/: a stale dist would test yesterday's code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const BUILD_CONFIG = 'tsconfig.build.json';

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The sources tsconfig.build.json compiles (its "include" folders), relative to `root`. */
export function buildSources(root: string): string[] {
  const { include } = JSON.parse(readFileSync(path.join(root, BUILD_CONFIG), 'utf8')) as { include: string[] };
  return include.flatMap((dir) => (existsSync(path.join(root, dir)) ? typescriptFiles(path.join(root, dir)) : [])).map((file) => path.relative(root, file));
}

/**
 * Sources whose dist/ output is missing or older than the source (or than the compiler
 * settings, which change every output).
 */
export function staleOutputs(root: string): string[] {
  const settingsChanged = Math.max(...[BUILD_CONFIG, 'tsconfig.json'].map((file) => statSync(path.join(root, file)).mtimeMs));
  return buildSources(root).filter((source) => {
    const output = path.join(root, 'dist', source.replace(/\.ts$/, '.js'));
    if (!existsSync(output)) return true;
    const built = statSync(output).mtimeMs;
    return built < statSync(path.join(root, source)).mtimeMs || built < settingsChanged;
  });
}
