/**
 * `--help` is answered from the command table without commander (issue 14), so the text must be
 * commander's own: for every command of the table, at widths from a narrow terminal to a wide
 * one, the rendered help equals what commander prints for the program cli.ts builds from the
 * same table. And the launcher answers only what it recognises; everything else goes to commander.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, loadCommander } from '../../src/cli.js';
import { PROGRAM, findCommand, type CommandSpec } from '../../src/cli/command-table.js';
import { boxWrap, helpText, helpWidth, quickAnswer, type QuickAnswer } from '../../src/cli/help-text.js';

function allPaths(commands: readonly CommandSpec[], prefix: string[] = []): string[][] {
  return commands.flatMap((command) => [[...prefix, command.name], ...(command.commands ? allPaths(command.commands, [...prefix, command.name]) : [])]);
}

const PATHS: string[][] = [[], ...allPaths(PROGRAM.commands)];
// 30: below commander's 40 columns nothing wraps; 52: descriptions wrap but the top one barely.
const WIDTHS = [30, 40, 52, 80, 100, 132, 200];

function commanderHelp(pathNames: string[], width: number): string {
  const program = buildProgram(loadCommander(), async () => {});
  const configure = (command: Command) => {
    command.configureOutput({ getOutHelpWidth: () => width, getOutHasColors: () => false });
    command.commands.forEach(configure);
  };
  configure(program);
  let command: Command = program;
  for (const name of pathNames) command = command.commands.find((sub) => sub.name() === name)!;
  return command.helpInformation();
}

describe('help from the command table', () => {
  it('covers every command, groups and their subcommands', () => {
    expect(PATHS.map((names) => names.join(' '))).toEqual(
      expect.arrayContaining(['', 'run', 'watch', 'digest', 'sources', 'sources probe', 'sources check', 'links', 'links check', 'serve', 'status']),
    );
    expect(PATHS.length).toBeGreaterThan(15);
  });

  const cases = PATHS.flatMap((names) => WIDTHS.map((width) => ({ command: names.join(' ') || '(program)', names, width })));
  it.each(cases)('$command at $width columns is what commander prints', ({ names, width }) => {
    expect(helpText(names, width)).toBe(commanderHelp(names, width));
  });

  it('the version is the package version', () => {
    const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { version: string };
    expect(PROGRAM.version).toBe(pkg.version);
  });

  it('an unknown command has no help to render', () => {
    expect(findCommand(['frobnicate'])).toBeUndefined();
    expect(() => helpText(['frobnicate'], 80)).toThrow(/no command "frobnicate"/);
  });
});

describe('what the launcher answers itself', () => {
  const help = (...names: string[]): QuickAnswer => ({ kind: 'help', path: names });
  const table: Array<{ args: string[]; answer: QuickAnswer | undefined }> = [
    { args: ['--help'], answer: help() },
    { args: ['-h'], answer: help() },
    { args: ['help'], answer: help() },
    { args: ['-V'], answer: { kind: 'version' } },
    { args: ['--version'], answer: { kind: 'version' } },
    { args: ['run', '--help'], answer: help('run') },
    { args: ['sources', '-h'], answer: help('sources') },
    { args: ['sources', 'probe', '--help'], answer: help('sources', 'probe') },
    { args: ['help', 'sources'], answer: help('sources') },
    { args: ['sources', 'help'], answer: help('sources') },
    { args: ['sources', 'help', 'probe'], answer: help('sources', 'probe') },
    { args: ['links', 'help', 'check'], answer: help('links', 'check') },
    // Commander's to parse: an option, an unknown name, a leaf with no subcommands, more words.
    { args: [], answer: undefined },
    { args: ['--quiet', '--help'], answer: undefined },
    { args: ['-c', 'x.json', 'run', '--help'], answer: undefined },
    { args: ['frobnicate', '--help'], answer: undefined },
    { args: ['help', 'frobnicate'], answer: undefined },
    { args: ['run', 'help'], answer: undefined },
    { args: ['help', 'sources', 'probe'], answer: undefined },
    { args: ['sources', 'probe', 'x'], answer: undefined },
    { args: ['run'], answer: undefined },
    { args: ['-V', 'run'], answer: undefined },
    { args: ['--help', 'run'], answer: undefined },
  ];
  it.each(table)('$args', ({ args, answer }) => {
    expect(quickAnswer(args)).toEqual(answer);
  });

  it.each([
    { stream: { isTTY: true, columns: 132 }, width: 132 },
    { stream: { isTTY: true, columns: 40 }, width: 40 },
    { stream: { isTTY: false, columns: 132 }, width: 80 },
    { stream: {}, width: 80 },
  ])('wraps to $width for $stream', ({ stream, width }) => {
    expect(helpWidth(stream)).toBe(width);
  });

  it.each([
    { text: 'aaa bbb ccc', width: 40, wrapped: 'aaa bbb ccc' },
    { text: `${'a '.repeat(25)}end`, width: 40, wrapped: `${'a '.repeat(19)}a\n${'a '.repeat(5)}end` },
    { text: 'one\n\ntwo', width: 40, wrapped: 'one\n\ntwo' },
    { text: 'x '.repeat(30).trim(), width: 39, wrapped: 'x '.repeat(30).trim() },
  ])('boxWrap($width) keeps words whole and line breaks', ({ text, width, wrapped }) => {
    expect(boxWrap(text, width)).toBe(wrapped);
  });
});

describe('the launcher', () => {
  const bin = path.resolve('bin/sourcewatch.js');
  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });

  it('prints the same help whether it answers or commander does', () => {
    const quick = cli('--help');
    const parsed = cli('--quiet', '--help');
    expect(quick.status).toBe(0);
    expect(parsed.status).toBe(0);
    expect(quick.stdout).toContain('Usage: sourcewatch [options] [command]');
    expect(quick.stdout).toBe(parsed.stdout);
  });

  it('prints the version and exits 0', () => {
    const version = cli('--version');
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${PROGRAM.version}\n`);
  });

  it('a subcommand help asked through help is the same as through --help', () => {
    expect(cli('sources', 'help', 'probe').stdout).toBe(cli('sources', 'probe', '--help').stdout);
    expect(cli('sources', 'probe', '--help').stdout).toContain('Usage: sourcewatch sources probe [options] <id>');
  });
});
