/** `sourcewatch status [--json]`: health at a glance. Exit 0 when all is well, 2 when something needs a person. */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alertReportPath } from '../ops/alerts/report-file.js';
import { heartbeatHealth, readHeartbeat } from '../ops/heartbeat.js';
import { readLockHolder, runLockPath } from '../ops/lock.js';
import { gatherStatus } from '../ops/status.js';
import { formatStatusText } from '../report/status-text.js';
import { DB_FILE, openDb } from '../store/db.js';
import { commandSettings, type GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';

export async function statusCommand(options: GlobalOptions): Promise<number> {
  // No logger: status writes no log line (and pino would cost a tenth of its start-up).
  const ctx = await commandSettings(options);
  const storageDir = path.resolve(ctx.overrides.storageDir);
  const now = new Date();
  if (!existsSync(path.join(storageDir, DB_FILE))) {
    const note = `no state in ${storageDir}: nothing has run here yet (is --storage right?)`;
    process.stdout.write(options.json ? `${JSON.stringify({ generatedAt: now.toISOString(), storageDir, problems: [note] }, null, 2)}\n` : `sourcewatch status: ${note}\n`);
    return EXIT.problems;
  }
  const heartbeat = readHeartbeat(storageDir);
  const lock = readLockHolder(runLockPath(storageDir));
  let digestWrittenAt: string | undefined;
  try {
    digestWrittenAt = statSync(path.join(storageDir, 'digests', 'latest.json')).mtime.toISOString();
  } catch {
    digestWrittenAt = undefined;
  }
  const db = openDb(storageDir);
  try {
    const status = gatherStatus(db, ctx.config, {
      now,
      storageDir,
      reportFile: alertReportPath(storageDir, ctx.config.alerts.reportFile),
      ...(heartbeat ? { heartbeat: { heartbeat, health: heartbeatHealth(heartbeat, now, os.hostname()) } } : {}),
      ...(lock ? { lock } : {}),
      ...(digestWrittenAt ? { digestWrittenAt } : {}),
    });
    process.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatusText(status));
    return status.problems.length > 0 ? EXIT.problems : EXIT.ok;
  } finally {
    db.close();
  }
}
