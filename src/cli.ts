/**
 * The command line: parse arguments, call the library, pick a formatter, return an exit code.
 * Heavy modules (playwright, cheerio, the store) load only inside the commands that need them;
 * `--help` and `--version` are answered from the command table before commander loads.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type * as Commander from 'commander';
import type { RunOptions, WatchOptions } from './cli/commands.js';
import type { DigestOptions } from './cli/digest.js';
import type { SchemaOptions } from './cli/config-commands.js';
import type { GlobalOptions } from './cli/context.js';
import type { LinksCheckOptions } from './cli/links.js';
import type { ScheduleOptions } from './cli/schedule.js';
import type { ServeOptions } from './cli/serve.js';
import type { ExportOpmlOptions, ImportOpmlOptions } from './cli/opml.js';
import type { SuggestOptions } from './cli/sources.js';
import { EXIT } from './cli/exit-codes.js';
import { locateConfig, notFoundMessage } from './cli/locate-config.js';
import { PROGRAM, type CommandPath, type CommandSpec, type OptionSpec } from './cli/command-table.js';
import { answerQuickly } from './cli/help-text.js';

type Command = Commander.Command;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * The options every command sees, with the config found by walking up from the working
 * directory when --config was not given, and storage/ beside it unless --storage was.
 */
function resolveConfigPaths(command: Command): GlobalOptions {
  const options = command.optsWithGlobals() as GlobalOptions;
  if (command.getOptionValueSourceWithGlobals('config') !== 'default') return options;
  const located = locateConfig(process.cwd(), existsSync);
  // Commands that need no config (schema, --help) must not fail here; those that do say so on load.
  if (!located.found) return { ...options, config: located.tried[0]!, configNotFound: notFoundMessage(located.tried) };
  const storage = command.getOptionValueSourceWithGlobals('storage') === 'default' ? path.join(path.dirname(located.file), 'storage') : options.storage;
  return { ...options, config: located.file, storage };
}

/**
 * A command's options with the global ones, typed as that command declares them: commander
 * hands back untyped values, and the option definitions in the command table are what make them so.
 */
const globals = <O extends object = GlobalOptions>(command: Command): GlobalOptions & O => resolveConfigPaths(command) as GlobalOptions & O;
/** A command's first positional argument (`<id>`, `[targets...]`), as commander parsed it. */
const firstArgument = <T>(command: Command): T => command.processedArgs[0] as T;
// The demo moves (issue 12): its option type is read off the command, so this line need not follow it.
type DemoOptions = Parameters<typeof import('./cli/demo.js').demoCommand>[0];

const commands = () => import('./cli/commands.js');
const sourcesCommands = () => import('./cli/sources.js');
const configCommands = () => import('./cli/config-commands.js');
const opmlCommands = () => import('./cli/opml.js');

/** What each command of the table does; the compiler holds it to the table's commands, no more, no fewer. */
const ACTIONS: Record<CommandPath, (command: Command) => Promise<number>> = {
  run: async (command) => (await commands()).runCommand(globals<RunOptions>(command)),
  watch: async (command) => (await commands()).watchCommand(globals<WatchOptions>(command)),
  digest: async (command) => (await import('./cli/digest.js')).digestCommand(globals<DigestOptions>(command)),
  'sources probe': async (command) => (await sourcesCommands()).probeCommand(firstArgument<string>(command), globals(command)),
  'sources suggest': async (command) => (await sourcesCommands()).suggestCommand(firstArgument<string>(command), globals<SuggestOptions>(command)),
  'sources import-opml': async (command) => (await opmlCommands()).importOpmlCommand(firstArgument<string>(command), globals<ImportOpmlOptions>(command)),
  'sources export-opml': async (command) => (await opmlCommands()).exportOpmlCommand(globals<ExportOpmlOptions>(command)),
  'sources check': async (command) => (await configCommands()).checkCommand(globals(command)),
  'sources schema': async (command) => (await configCommands()).schemaCommand(globals<SchemaOptions>(command)),
  'links check': async (command) => (await import('./cli/links.js')).linksCheckCommand(firstArgument<string[]>(command), globals<LinksCheckOptions>(command)),
  demo: async (command) => (await import('./cli/demo.js')).demoCommand(globals<DemoOptions>(command)),
  serve: async (command) => (await import('./cli/serve.js')).serveCommand(globals<ServeOptions>(command)),
  schedule: async (command) => (await import('./cli/schedule.js')).scheduleCommand(globals<ScheduleOptions>(command)),
  status: async (command) => (await import('./cli/status.js')).statusCommand(globals(command)),
};

function addOptions(commander: typeof Commander, command: Command, options: readonly OptionSpec[] | undefined): void {
  for (const spec of options ?? []) {
    const option = new commander.Option(spec.flags, spec.description);
    if (spec.choices) option.choices(spec.choices);
    if (spec.default !== undefined) option.default(spec.default);
    if (spec.repeatable) option.argParser(collect);
    command.addOption(option);
  }
}

function addCommands(commander: typeof Commander, parent: Command, specs: readonly CommandSpec[], prefix: string, run: (action: () => Promise<number>) => Promise<void>): void {
  for (const spec of specs) {
    const command = parent.command(spec.args ? `${spec.name} ${spec.args}` : spec.name).description(spec.description);
    addOptions(commander, command, spec.options);
    const path = `${prefix}${spec.name}`;
    if (spec.commands) addCommands(commander, command, spec.commands, `${path} `, run);
    else {
      const action = ACTIONS[path as CommandPath];
      command.action((...received: unknown[]) => run(() => action(received.at(-1) as Command)));
    }
  }
}

/**
 * commander is CommonJS: required, not imported, it skips the ESM wrapper and Node's scan of its
 * exports; and only when a command runs, so `--help` answered from the table (help-text.ts)
 * never loads it.
 */
export function loadCommander(): typeof Commander {
  return createRequire(import.meta.url)('commander') as typeof Commander;
}

/** commander's program, built from the command table; `run` receives each command's action. */
export function buildProgram(commander: typeof Commander, run: (action: () => Promise<number>) => Promise<void>): Command {
  const program = new commander.Command(PROGRAM.name).description(PROGRAM.description).version(PROGRAM.version);
  addOptions(commander, program, PROGRAM.options);
  program.showHelpAfterError().exitOverride();
  addCommands(commander, program, PROGRAM.commands, '', run);
  return program;
}

/** Entry point; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (answerQuickly(argv)) return EXIT.ok;
  let code: number = EXIT.ok;
  const commander = loadCommander();
  const program = buildProgram(commander, async (action) => {
    code = await action();
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof commander.CommanderError) {
      // --help and --version end here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.config;
    }
    // Loaded only on an error: --help should not pay for modules it never uses.
    const [{ ArgumentError }, { ConfigError }] = await Promise.all([import('./cli/argument-error.js'), import('./config/errors.js')]);
    if (error instanceof ArgumentError) {
      process.stderr.write(`sourcewatch: invalid argument: ${error.message}\nNothing was changed.\n`);
      return EXIT.config;
    }
    if (error instanceof ConfigError) {
      process.stderr.write(`sourcewatch: invalid configuration\n${error.message}\nNothing was changed.\n`);
      return EXIT.config;
    }
    process.stderr.write(`sourcewatch crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.crash;
  }
}
