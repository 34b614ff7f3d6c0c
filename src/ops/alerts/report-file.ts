/** The alert report file (storage/alerts.md by default), rewritten atomically after each evaluation. */
import path from 'node:path';
import { writeFileAtomic } from '../../files/write-atomic.js';
import { formatAlertReport } from '../../report/alerts-text.js';
import { listOpenAlerts, recentAlertEvents } from '../../store/alerts.js';
import type { Db } from '../../store/db.js';

export function alertReportPath(storageDir: string, reportFile: string): string {
  return path.resolve(storageDir, reportFile);
}

export function writeAlertReport(db: Db, file: string, generatedAt: string): void {
  writeFileAtomic(file, formatAlertReport(listOpenAlerts(db), recentAlertEvents(db, 100), generatedAt));
}
