/** The log file: JSON lines in storage/logs (rotated by log/rolling-file.ts), info and up whatever the terminal shows; old files pruned. */
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, pruneLogFiles, withLogFile } from '../../src/log.js';
import { tempDir } from '../helpers/runtime.js';

describe('withLogFile', () => {
  it('adds a rotated JSON file: info and up in the file, the terminal keeps its own level', async () => {
    const dir = path.join(tempDir(), 'logs');
    const terminal: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        terminal.push(chunk.toString());
        callback();
      },
    });
    const base = await createLogger({ level: 'warn', pretty: false, destination });
    const { log, close } = await withLogFile(base, { dir });
    const run = log.child({ runId: 'run-1', job: 'watch' });
    run.child({ source: 'fafo' }).info({ items: 3 }, 'source done');
    run.warn('source failed');
    run.debug('not written anywhere');
    await close();
    const files = readdirSync(dir);
    expect(files).toEqual([expect.stringMatching(/^sourcewatch\.\d{4}-\d{2}-\d{2}\.1\.log$/)]);
    const lines = readFileSync(path.join(dir, files[0]!), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, pid: process.pid, runId: 'run-1', job: 'watch', source: 'fafo', items: 3, msg: 'source done' }),
      expect.objectContaining({ level: 40, runId: 'run-1', msg: 'source failed' }),
    ]);
    expect(terminal).toHaveLength(1);
    expect(JSON.parse(terminal[0]!)).toMatchObject({ level: 40, msg: 'source failed', runId: 'run-1' });
  });

  it('prunes log files older than the retention (each cron run is a new process)', () => {
    const dir = tempDir();
    const old = path.join(dir, 'sourcewatch.2026-01-01.1.log');
    const recent = path.join(dir, 'sourcewatch.2026-03-01.1.log');
    const other = path.join(dir, 'notes.log');
    for (const file of [old, recent, other]) writeFileSync(file, '{}\n');
    const past = new Date(Date.parse('2026-03-02T00:00:00Z') - 40 * 86_400_000);
    utimesSync(old, past, past);
    utimesSync(other, past, past);
    utimesSync(recent, new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'));
    expect(pruneLogFiles(dir, 30, Date.parse('2026-03-02T00:00:00Z'))).toEqual([old]);
    expect(existsSync(recent) && existsSync(other)).toBe(true);
  });
});
