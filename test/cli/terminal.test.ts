/** The progress line and log lines share the terminal without running into each other. */
import { describe, expect, it } from 'vitest';
import { TerminalLine } from '../../src/cli/terminal.js';
import { osloClockTime } from '../../src/time/oslo.js';

function fakeTerminal() {
  const writes: string[] = [];
  const out = { write: (chunk: string | Buffer) => (writes.push(String(chunk)), true) } as unknown as NodeJS.WriteStream;
  return { writes, line: new TerminalLine(out) };
}

describe('TerminalLine', () => {
  it('a log line clears the progress first and draws it again after', async () => {
    const { writes, line } = fakeTerminal();
    line.show('checked 19/45 links');
    const log = line.logStream();
    await new Promise<void>((resolve) => log.write('[07:15:02] WARN: link problem\n', () => resolve()));
    expect(writes.join('')).toBe('\r\x1b[2Kchecked 19/45 links' + '\r\x1b[2K' + '[07:15:02] WARN: link problem\n' + 'checked 19/45 links');
  });

  it('after the progress is done, log lines are written as they are', async () => {
    const { writes, line } = fakeTerminal();
    line.done('checked 45/45 links');
    const log = line.logStream();
    await new Promise<void>((resolve) => log.write('line\n', () => resolve()));
    expect(writes.join('')).toBe('\r\x1b[2Kchecked 45/45 links\nline\n');
  });
});

describe('osloClockTime', () => {
  it.each([
    ['2026-12-01T06:15:02Z', '07:15:02'],
    ['2026-07-01T06:15:02Z', '08:15:02'],
  ])('%s is %s in Oslo', (iso, time) => expect(osloClockTime(Date.parse(iso))).toBe(time));
});
