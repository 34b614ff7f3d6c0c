/** A real runtime (SQLite store in a temp dir, real HTTP client through the replica proxy). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRuntime, type Runtime } from '../../src/app.js';
import { parseConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/schema.js';
import { silentLogger } from '../../src/log.js';

export function tempDir(prefix = 'sourcewatch-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function testRuntime(config: Config, proxyUrl: string, storageDir = tempDir()): Runtime & { cleanup(): Promise<void> } {
  const runtime = createRuntime(config, { storageDir, proxy: proxyUrl, insecure: true, hostDelayMs: 0 }, silentLogger());
  return {
    ...runtime,
    async cleanup() {
      await runtime.close();
      rmSync(storageDir, { recursive: true, force: true });
    },
  };
}

/** A config with test-friendly HTTP settings around the given sources. */
export function testConfig(sources: unknown[], extra: Record<string, unknown> = {}): Config {
  return parseConfig({
    version: 1,
    sections: [
      { id: 'forskning', title: 'Forskning' },
      { id: 'politiske-tiltak', title: 'Politiske tiltak' },
    ],
    http: { retries: 0, retryBaseDelayMs: 10, perHostDelayMs: 0, timeoutSeconds: 5, respectRobotsTxt: true },
    ranking: { keywords: [{ label: 'trafficking', terms: ['menneskehandel*', 'trafficking*'], weight: 5 }] },
    sources,
    ...extra,
  });
}
