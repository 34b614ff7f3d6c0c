/**
 * `--help` and `--version` answered from the command table, without loading commander: the help
 * text is commander's, reproduced (commander 14's Help: usage, description, options, commands,
 * each description wrapped to the terminal's width), and test/cli/help-text.test.ts holds the two
 * equal at several widths for every command. Anything this does not recognise goes to commander.
 */
import { BUILT_IN, PROGRAM, findCommand, type CommandSpec, type OptionSpec, type ProgramSpec } from './command-table.js';

export type QuickAnswer = { kind: 'help'; path: readonly string[] } | { kind: 'version' };

const HELP_FLAGS: ReadonlySet<string> = new Set(['-h', '--help']);
const VERSION_FLAGS: ReadonlySet<string> = new Set(['-V', '--version']);

/**
 * What a command line asks for, when it only asks for help or the version: `--help`, `run -h`,
 * `help`, `sources help probe`. Options elsewhere, unknown names, anything more: undefined.
 */
export function quickAnswer(args: readonly string[]): QuickAnswer | undefined {
  if (args.length === 1 && VERSION_FLAGS.has(args[0]!)) return { kind: 'version' };
  const last = args.at(-1);
  if (last !== undefined && HELP_FLAGS.has(last)) {
    const path = args.slice(0, -1);
    return findCommand(path) ? { kind: 'help', path } : undefined;
  }
  const helpAt = args.lastIndexOf('help');
  if (helpAt < 0 || helpAt < args.length - 2) return undefined;
  const parent = args.slice(0, helpAt);
  const group = findCommand(parent);
  if (!group?.commands) return undefined;
  const asked = args[helpAt + 1];
  if (asked === undefined) return { kind: 'help', path: parent };
  return group.commands.some((command) => command.name === asked) ? { kind: 'help', path: [...parent, asked] } : undefined;
}

/** The width commander wraps to: the terminal's columns, or 80 when the output is not a terminal. */
export function helpWidth(stream: { isTTY?: boolean; columns?: number }): number {
  return (stream.isTTY ? stream.columns : undefined) ?? 80;
}

/** Wrapping stops when less room than this is left (commander's minWidthToWrap). */
const MIN_WIDTH_TO_WRAP = 40;
const ITEM_INDENT = '  ';
const SPACER = 2;

/** Wrap at whitespace to `width`, keeping line breaks (commander's boxWrap). */
export function boxWrap(text: string, width: number): string {
  if (width < MIN_WIDTH_TO_WRAP) return text;
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(/[\s]*[^\s]+/g);
    if (chunks === null) {
      lines.push('');
      continue;
    }
    let current = chunks.shift()!;
    for (const chunk of chunks) {
      if (current.length + chunk.length <= width) {
        current += chunk;
        continue;
      }
      lines.push(current);
      current = chunk.trimStart();
    }
    lines.push(current);
  }
  return lines.join('\n');
}

function formatItem(term: string, termWidth: number, description: string, width: number): string {
  if (!description) return ITEM_INDENT + term;
  const remaining = width - termWidth - SPACER - ITEM_INDENT.length;
  // Text with its own indented lines is left as written.
  const preformatted = /\n[^\S\r\n]/.test(description);
  const wrapped = remaining < MIN_WIDTH_TO_WRAP || preformatted ? description : boxWrap(description, remaining).replace(/\n/g, `\n${' '.repeat(termWidth + SPACER)}`);
  return ITEM_INDENT + term.padEnd(termWidth) + ' '.repeat(SPACER) + wrapped.replace(/\n/g, `\n${ITEM_INDENT}`);
}

/** An option's description with its choices and default, as commander appends them. */
function optionDescription(option: OptionSpec): string {
  const extra: string[] = [];
  if (option.choices) extra.push(`choices: ${option.choices.map((choice) => JSON.stringify(choice)).join(', ')}`);
  if (option.default !== undefined) extra.push(`default: ${JSON.stringify(option.default)}`);
  return extra.length > 0 ? `${option.description} (${extra.join(', ')})` : option.description;
}

function subcommandTerm(command: CommandSpec): string {
  return `${command.name}${command.options?.length ? ' [options]' : ''}${command.args ? ` ${command.args}` : ''}`;
}

/** The help of the command at `path` (the program's for []), as commander prints it at `width`. */
export function helpText(path: readonly string[], width: number): string {
  const node: CommandSpec | ProgramSpec | undefined = findCommand(path);
  if (!node) throw new Error(`no command "${path.join(' ')}" in the command table`);
  const isProgram = path.length === 0;
  const options: Array<{ term: string; description: string }> = [
    ...(isProgram ? [{ term: BUILT_IN.version.flags, description: BUILT_IN.version.description }] : []),
    ...(node.options ?? []).map((option) => ({ term: option.flags, description: optionDescription(option) })),
    { term: BUILT_IN.help.flags, description: BUILT_IN.help.description },
  ];
  const commands = node.commands
    ? [
        ...node.commands.map((command) => ({ term: subcommandTerm(command), description: command.description })),
        { term: `${BUILT_IN.helpCommand.name} ${BUILT_IN.helpCommand.args}`, description: BUILT_IN.helpCommand.description },
      ]
    : [];
  const termWidth = Math.max(...[...options, ...commands].map((item) => item.term.length));
  const args = 'args' in node ? node.args : undefined;
  const usage = [PROGRAM.name, ...path, '[options]', ...(node.commands ? ['[command]'] : []), ...(args ? [args] : [])].join(' ');
  const list = (heading: string, items: Array<{ term: string; description: string }>) =>
    items.length === 0 ? [] : [heading, ...items.map((item) => formatItem(item.term, termWidth, item.description, width)), ''];
  return [
    `Usage: ${usage}`,
    '',
    ...(node.description ? [boxWrap(node.description, width), ''] : []),
    ...list('Options:', options),
    ...list('Commands:', commands),
  ].join('\n');
}

/** The text a quick answer prints. */
export function quickAnswerText(answer: QuickAnswer, width: number): string {
  return answer.kind === 'version' ? `${PROGRAM.version}\n` : helpText(answer.path, width);
}

/**
 * Print the help or the version when that is all `argv` asks for; false when commander must
 * parse it. The launcher calls this before it loads the rest of the command line.
 */
export function answerQuickly(argv: readonly string[], stdout: NodeJS.WriteStream = process.stdout): boolean {
  const answer = quickAnswer(argv.slice(2));
  if (!answer) return false;
  stdout.write(quickAnswerText(answer, helpWidth(stdout)));
  return true;
}
