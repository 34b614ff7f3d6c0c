/**
 * `sourcewatch serve`: start the editors' review page on the state in storage/ and keep it
 * running until Ctrl-C (SIGINT) or SIGTERM. sources.json is read again when it changes (new
 * templates show in the next export); a broken edit keeps the last good version, with a
 * warning on the page.
 */
import { ArgumentError } from './argument-error.js';
import path from 'node:path';
import { reloadingConfig } from '../serve/reloading-config.js';
import { generateToken, isLoopbackHost } from '../serve/security.js';
import { ServeError, startReviewServer } from '../serve/server.js';
import { openDb } from '../store/db.js';
import { refreshArchive } from '../learning/refresh-archive.js';
import { probeWithTimeLimit } from '../jobs/probe-job.js';
import { commandContext, type GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';

export interface ServeOptions extends GlobalOptions {
  port?: string;
  host?: string;
  token?: string;
  /** Commander's --no-learning. */
  learning?: boolean;
}

export async function serveCommand(options: ServeOptions, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = await commandContext(options);
  const host = options.host ?? '127.0.0.1';
  const port = options.port !== undefined ? Number(options.port) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ArgumentError('--port', `not a port number: "${options.port}"`);
  }
  let token = options.token ?? env.SOURCEWATCH_TOKEN ?? undefined;
  if (!token && !isLoopbackHost(host)) token = generateToken();

  const db = openDb(path.resolve(ctx.overrides.storageDir));
  let server;
  try {
    // The page ranks with what past issues teach: bring their paragraphs up to date first.
    if (ctx.config.review.learning) {
      const archive = await refreshArchive(db, ctx.config, path.dirname(path.resolve(options.config)));
      for (const problem of archive.problems) ctx.log.warn({ problem }, 'past issue not read for learning');
    }
    server = await startReviewServer({
      db,
      config: reloadingConfig(options.config, ctx.config, ctx.log),
      host,
      port,
      ...(token ? { token } : {}),
      ...(options.learning === false ? { learning: false } : {}),
      // The Kilder tab edits this file (earlier versions kept under storage/) and probes as `sources probe` does.
      sourcesFile: { path: path.resolve(options.config), historyDir: path.join(path.resolve(ctx.overrides.storageDir), 'sources-history') },
      probe: (source, config) => probeWithTimeLimit(source, config, ctx.overrides, ctx.log),
      log: ctx.log,
    });
  } catch (error) {
    db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      process.stderr.write(`sourcewatch serve: port ${port} on ${host} is in use; try --port ${port + 1}\n`);
      return EXIT.config;
    }
    if (error instanceof ServeError || code === 'EADDRNOTAVAIL' || code === 'EACCES') {
      process.stderr.write(`sourcewatch serve: ${(error as Error).message}\n`);
      return EXIT.config;
    }
    throw error;
  }

  process.stdout.write(`sourcewatch review page: ${server.url}\n`);
  if (!isLoopbackHost(host)) {
    process.stdout.write(`Reachable from other machines: share the address with its token only with the editors.\n`);
  }
  process.stdout.write('Stop it with Ctrl-C.\n');

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  db.close();
  return EXIT.ok;
}
