import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/files/write-atomic.js';

describe('writeFileAtomic', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates missing folders, replaces the old content, and leaves no temp file behind', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sourcewatch-atomic-'));
    dirs.push(dir);
    const file = path.join(dir, 'a', 'b', 'status.json');
    writeFileAtomic(file, 'first');
    expect(readFileSync(file, 'utf8')).toBe('first');
    writeFileAtomic(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(path.dirname(file))).toEqual(['status.json']);
  });
});
