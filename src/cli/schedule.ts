/**
 * `sourcewatch schedule`: parse, call the scheduler process (ops/scheduler-process.ts), word
 * what it reports, exit.
 */
import path from 'node:path';
import { checkedPlan, previewPlan, runSchedulerProcess } from '../ops/scheduler-process.js';
import { osloStamp } from '../time/oslo.js';
import { commandContext, type GlobalOptions } from './context.js';
import { EXIT } from './exit-codes.js';
import { channelsFor, logDir } from './unattended.js';

export interface ScheduleOptions extends GlobalOptions {
  dryRun?: boolean;
}

export async function scheduleCommand(options: ScheduleOptions): Promise<number> {
  const ctx = await commandContext(options);
  const { config } = ctx;
  const timezone = config.schedule.timezone;
  const plan = checkedPlan(config, options.config);

  if (options.dryRun) {
    const lines = [`${plan.length} jobs (${timezone}); next times:`];
    for (const job of previewPlan(plan, timezone, 3)) {
      lines.push(`  ${job.name.padEnd(24)} ${job.cron.padEnd(16)} ${job.next.map((d) => osloStamp(d.toISOString())).join(', ')}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  }

  const end = await runSchedulerProcess(
    { config, plan, configDir: path.dirname(path.resolve(options.config)), overrides: ctx.overrides, log: ctx.log, channels: channelsFor(ctx), logDir: logDir(ctx.overrides.storageDir) },
    {
      started({ pid, jobs, nextRuns }) {
        const next = Object.entries(nextRuns).map(([job, at]) => `${job} ${at ? osloStamp(at.toISOString()) : '-'}`).join(', ');
        process.stdout.write(`sourcewatch schedule: ${jobs} jobs (${timezone}), pid ${pid}; next: ${next}\n`);
      },
      stopping({ signal, running, graceSeconds }) {
        if (running) process.stderr.write(`sourcewatch schedule: ${signal}: waiting up to ${graceSeconds} s for "${running}" to finish (signal again to abandon it)\n`);
      },
    },
  );
  if (end.kind === 'locked') {
    process.stderr.write(`sourcewatch schedule: another scheduler is already running for ${end.storageDir}: ${end.reason}\n`);
    return EXIT.locked;
  }
  process.stdout.write(`sourcewatch schedule: stopped${end.abandoned ? ` (abandoned "${end.abandoned}"; the next run continues where it left off)` : ''}\n`);
  // An abandoned job may still hold sockets or timers: they must not keep the process up.
  setTimeout(() => process.exit(EXIT.ok), end.abandoned ? 1000 : 3000).unref();
  return EXIT.ok;
}
