/** Where log lines go on the terminal: a person sees warnings, cron mail and --quiet nothing, --log-level wins. */
import { describe, expect, it } from 'vitest';
import { logLevel } from '../../src/cli/context.js';

describe('logLevel', () => {
  it.each([
    ['a person at a terminal', {}, true, 'warn'],
    ['a person at a terminal, --quiet', { quiet: true }, true, 'silent'],
    ['no terminal (cron)', {}, false, 'silent'],
    ['no terminal, --log-level info', { logLevel: 'info' }, false, 'info'],
    ['--quiet with --log-level debug', { quiet: true, logLevel: 'debug' }, true, 'debug'],
  ])('%s', (_name, options, interactive, expected) => {
    expect(logLevel(options, interactive)).toBe(expected);
  });
});
