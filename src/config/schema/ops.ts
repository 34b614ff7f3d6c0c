/** Running unattended: the scheduler's jobs and times, and the alerts. */
import { z } from 'zod';
import { isTimeZone } from '../value-formats.js';
import { httpUrl } from './common.js';

export const scheduleSchema = z
  .strictObject({
    timezone: z
      .string()
      .refine(isTimeZone, 'not a known IANA time zone (e.g. Europe/Oslo)')
      .default('Europe/Oslo')
      .describe('Time zone the cron expressions are read in (IANA name)'),
    watch: z.string().default('0 6 * * *').describe('Cron expression: watch all sources'),
    links: z.string().default('0 5 * * 1').describe('Cron expression: check links'),
    digest: z.string().default('0 7 * * 1').describe('Cron expression: write the weekly digest'),
    shutdownGraceSeconds: z
      .number()
      .int()
      .min(0)
      .max(3600)
      .default(60)
      .describe('On SIGINT/SIGTERM, wait this long for a running job to finish before abandoning it (keep systemd TimeoutStopSec above it)'),
    missedToleranceSeconds: z
      .number()
      .int()
      .min(1)
      .max(86_400)
      .default(300)
      .describe('A job whose time passed while the process was busy or the machine asleep still runs when at most this late'),
    lockMaxAgeHours: z
      .number()
      .positive()
      .default(12)
      .describe('A run lock older than this is taken over even if its process seems alive (a hung run, or a reused pid)'),
  })
  .prefault({});

export const alertsSchema = z
  .strictObject({
    failuresBeforeAlert: z.number().int().min(1).default(3).describe('A source is reported failing after this many failed runs in a row'),
    reportFile: z.string().default('alerts.md').describe('Written under storage/'),
    links: z.boolean().default(true).describe('Alert when a link becomes dead, and again when it works'),
    maxLinesPerMessage: z
      .number()
      .int()
      .min(1)
      .default(20)
      .describe('Notices listed one by one in a message; the rest are counted per host (no floods when a site goes down)'),
    retryHours: z
      .number()
      .min(0)
      .default(72)
      .describe('An undelivered webhook/e-mail message is retried on later runs for this long'),
    webhook: z
      .strictObject({
        url: httpUrl,
        headers: z.record(z.string(), z.string()).default({}),
        timeoutSeconds: z.number().positive().max(120).default(10),
      })
      .optional()
      .describe('POST a JSON message ({"text", "subject", "notices"}) for each batch of alerts'),
    email: z
      .strictObject({
        host: z.string().min(1),
        port: z.number().int().positive().default(587),
        secure: z.boolean().default(false),
        from: z.string().min(3),
        to: z.array(z.string().min(3)).min(1),
        user: z.string().optional(),
        passwordEnv: z.string().optional().describe('Name of the environment variable holding the SMTP password'),
        subjectPrefix: z.string().default('[sourcewatch]'),
        timeoutSeconds: z.number().positive().max(300).default(20),
      })
      .optional()
      .describe('Send each batch of alerts by e-mail (SMTP)'),
  })
  .prefault({});

export type ScheduleSettings = z.output<typeof scheduleSchema>;
export type AlertSettings = z.output<typeof alertsSchema>;
