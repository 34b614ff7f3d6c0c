/**
 * The log file's rules (log/rolling-file.ts), each a pure decision with its table, and the
 * file itself on disk: a new file each local day and past the size limit, appending to the
 * day's last file while it has room (each cron run is a new process), no line lost or split.
 */
import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLogFile, localDay, logFileNumber, mustRoll, parseLogSize, RollingLogFile } from '../../src/log/rolling-file.js';
import { tempDir } from '../helpers/runtime.js';

const BASE = 'sourcewatch';
const DAY = '2026-12-02';

describe('which file a day writes to', () => {
  it.each([
    { existing: [], chosen: { name: 'sourcewatch.2026-12-02.1.log', size: 0 } },
    { existing: [{ name: 'sourcewatch.2026-12-02.1.log', size: 100 }], chosen: { name: 'sourcewatch.2026-12-02.1.log', size: 100 } },
    { existing: [{ name: 'sourcewatch.2026-12-02.1.log', size: 1000 }], chosen: { name: 'sourcewatch.2026-12-02.2.log', size: 0 } },
    {
      existing: [
        { name: 'sourcewatch.2026-12-02.1.log', size: 1000 },
        { name: 'sourcewatch.2026-12-02.10.log', size: 5 },
        { name: 'sourcewatch.2026-12-02.9.log', size: 1000 },
      ],
      chosen: { name: 'sourcewatch.2026-12-02.10.log', size: 5 },
    },
    // Another day's files, other names and a stray number do not count.
    {
      existing: [
        { name: 'sourcewatch.2026-12-01.4.log', size: 5 },
        { name: 'other.2026-12-02.3.log', size: 5 },
        { name: 'sourcewatch.2026-12-02.x.log', size: 5 },
        { name: 'sourcewatch.2026-12-02.0.log', size: 5 },
      ],
      chosen: { name: 'sourcewatch.2026-12-02.1.log', size: 0 },
    },
  ])('$existing → $chosen.name', ({ existing, chosen }) => {
    expect(chooseLogFile(existing, BASE, DAY, 1000)).toEqual(chosen);
  });

  it.each([
    { size: 900, bytes: 100, chosen: 'sourcewatch.2026-12-02.1.log' },
    { size: 900, bytes: 101, chosen: 'sourcewatch.2026-12-02.2.log' },
    { size: 0, bytes: 5000, chosen: 'sourcewatch.2026-12-02.1.log' },
  ])('a roll for a line of $bytes bytes after $size → $chosen', ({ size, bytes, chosen }) => {
    expect(chooseLogFile([{ name: 'sourcewatch.2026-12-02.1.log', size }], BASE, DAY, 1000, bytes).name).toBe(chosen);
  });

  it.each([
    { name: 'sourcewatch.2026-12-02.1.log', number: 1 },
    { name: 'sourcewatch.2026-12-02.12.log', number: 12 },
    { name: 'sourcewatch.2026-12-02.01.log', number: undefined },
    { name: 'sourcewatch.2026-12-02.1.log.gz', number: undefined },
    { name: 'sourcewatch.2026-12-03.1.log', number: undefined },
  ])('$name is number $number of the day', ({ name, number }) => {
    expect(logFileNumber(name, BASE, DAY)).toBe(number);
  });
});

describe('when a line goes to a new file', () => {
  it.each([
    { current: { day: DAY, size: 0 }, day: DAY, bytes: 5000, roll: false, why: 'an empty file takes even an oversized line' },
    { current: { day: DAY, size: 900 }, day: DAY, bytes: 100, roll: false, why: 'exactly at the limit' },
    { current: { day: DAY, size: 900 }, day: DAY, bytes: 101, roll: true, why: 'past the limit' },
    { current: { day: DAY, size: 10 }, day: '2026-12-03', bytes: 1, roll: true, why: 'midnight' },
  ])('$why', ({ current, day, bytes, roll }) => {
    expect(mustRoll(current, day, bytes, 1000)).toBe(roll);
  });

  it.each([
    { size: '20m', bytes: 20 * 1024 * 1024 },
    { size: '512k', bytes: 512 * 1024 },
    { size: '1g', bytes: 1024 ** 3 },
    { size: '1.5M', bytes: 1.5 * 1024 * 1024 },
    { size: '300', bytes: 300 },
    { size: 4096, bytes: 4096 },
  ])('size $size is $bytes bytes', ({ size, bytes }) => {
    expect(parseLogSize(size)).toBe(bytes);
  });

  it('a size that is not one is refused with what it says', () => {
    expect(() => parseLogSize('twenty')).toThrow(/"twenty" is not a size/);
  });

  it('the day is the local date', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the file on disk', () => {
  it('rolls past the size limit and at midnight, and the next process appends to the last file', () => {
    const dir = tempDir();
    let now = new Date(2026, 11, 2, 23, 58);
    const rolled: string[] = [];
    const line = (n: number) => `${JSON.stringify({ n, msg: 'x'.repeat(30) })}\n`;
    const file = new RollingLogFile({ dir, base: BASE, maxBytes: 120, now: () => now, onRoll: (f) => rolled.push(path.basename(f)) });
    for (let n = 1; n <= 5; n += 1) file.write(line(n));
    now = new Date(2026, 11, 3, 0, 1);
    file.write(line(6));
    file.end();
    expect(readdirSync(dir).sort()).toEqual(['sourcewatch.2026-12-02.1.log', 'sourcewatch.2026-12-02.2.log', 'sourcewatch.2026-12-02.3.log', 'sourcewatch.2026-12-03.1.log']);
    expect(rolled).toEqual(['sourcewatch.2026-12-02.2.log', 'sourcewatch.2026-12-02.3.log', 'sourcewatch.2026-12-03.1.log']);
    const all = readdirSync(dir).sort().flatMap((name) => readFileSync(path.join(dir, name), 'utf8').trim().split('\n'));
    // Every line whole and in order across the files.
    expect(all.map((text) => (JSON.parse(text) as { n: number }).n)).toEqual([1, 2, 3, 4, 5, 6]);

    // A new process on the 3rd appends to that day's file while it has room.
    const next = new RollingLogFile({ dir, base: BASE, maxBytes: 120, now: () => now });
    next.write(line(7));
    next.end();
    expect(readFileSync(path.join(dir, 'sourcewatch.2026-12-03.1.log'), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('a full file from an earlier run is left as it is', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'sourcewatch.2026-12-02.1.log'), 'x'.repeat(200));
    const file = new RollingLogFile({ dir, base: BASE, maxBytes: 120, now: () => new Date(2026, 11, 2, 12) });
    file.write('{"n":1}\n');
    file.end();
    expect(readFileSync(path.join(dir, 'sourcewatch.2026-12-02.1.log'), 'utf8')).toBe('x'.repeat(200));
    expect(readFileSync(path.join(dir, 'sourcewatch.2026-12-02.2.log'), 'utf8')).toBe('{"n":1}\n');
  });

  it('a disk that is full drops the line and throws nothing; a closed file takes no more', () => {
    const dir = tempDir();
    // /dev/full answers every write with ENOSPC.
    symlinkSync('/dev/full', path.join(dir, 'sourcewatch.2026-12-02.1.log'));
    const file = new RollingLogFile({ dir, base: BASE, maxBytes: 120, now: () => new Date(2026, 11, 2, 12) });
    expect(file.write('{"n":1}\n')).toBe(false);
    file.end();
    expect(file.write('{"n":2}\n')).toBe(false);
  });
});
