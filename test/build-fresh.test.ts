/** The global setup's promise: no test runs against a dist/ older than the source. */
import { describe, expect, it } from 'vitest';
import { buildSources, staleOutputs } from './helpers/build.js';

describe('dist/ is built from the current source', () => {
  it('has an up-to-date output for every source tsconfig.build.json compiles', () => {
    const root = process.cwd();
    // A wrong include list would find nothing and pass on nothing.
    expect(buildSources(root).length).toBeGreaterThan(100);
    expect(buildSources(root)).toContain('src/cli.ts');
    expect(staleOutputs(root)).toEqual([]);
  });
});
