/**
 * The command line: parse arguments, call the library, pick a formatter, return an exit code.
 * Heavy modules (playwright, cheerio, the store) load only inside the commands that need them,
 * so `--help` stays fast.
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
import { DIGEST_FORMAT_NAMES, LINK_REPORT_FORMAT_NAMES } from './report/format-names.js';

// commander is CommonJS: required, not imported, it skips the ESM wrapper and Node's scan of its
// exports — about 5 ms of `--help`'s 25 over Node's own start-up.
const { Command, CommanderError, Option } = createRequire(import.meta.url)('commander') as typeof Commander;
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

function buildProgram(run: (action: () => Promise<number>) => Promise<void>): Command {
  const program = new Command('sourcewatch')
    .description('Watches the newsletter\'s sources for new publications and builds a ranked candidate digest.')
    .version('0.1.0')
    .option('-c, --config <file>', 'sources.json to use', 'sources.json')
    .option('-s, --storage <dir>', 'state directory', 'storage')
    .option('--proxy <url>', 'HTTP(S) proxy for every request (default: config, then HTTPS_PROXY)')
    .option('--insecure', 'accept any TLS certificate (TLS-intercepting proxies)')
    .option('--host-delay <ms>', 'spacing between requests to one host, overriding the config')
    .option('--timeout <seconds>', 'per-request timeout, overriding the config')
    .option('--chromium <path>', 'chromium executable for browser sources (or SOURCEWATCH_CHROMIUM)')
    .option('-q, --quiet', 'no progress and no log lines on the terminal (the log file in storage/logs is still written)')
    .addOption(new Option('--log-level <level>', 'log level').choices(['trace', 'debug', 'info', 'warn', 'error', 'silent']))
    .showHelpAfterError()
    .exitOverride();

  const lazy = () => import('./cli/commands.js');
  /**
   * A command's options with the global ones, typed as that command declares them: commander
   * hands back untyped values, and the option definitions below are what make them so.
   */
  const globals = <O extends object = GlobalOptions>(command: Command): GlobalOptions & O => resolveConfigPaths(command) as GlobalOptions & O;
  // The demo moves (issue 12): its option type is read off the command, so this line need not follow it.
  type DemoOptions = Parameters<typeof import('./cli/demo.js').demoCommand>[0];

  program
    .command('run')
    .description('the main job: watch all sources, then write the digest of the last days to storage/digests/')
    .option('--days <n>', 'digest period in days (default: config digest.days)')
    .option('--json', 'print a JSON summary')
    .action((_opts, command: Command) => run(async () => (await lazy()).runCommand(globals<RunOptions>(command))));

  program
    .command('watch')
    .description('fetch sources and record new publications')
    .option('--source <id>', 'only this source (repeatable)', collect)
    .option('--json', 'print {"sources":[{id,outcome,items,new,detail}]}')
    .action((_opts, command: Command) => run(async () => (await lazy()).watchCommand(globals<WatchOptions>(command))));

  program
    .command('digest')
    .description('build the candidate digest for a period')
    .option('--since <date>', 'candidates first seen since this day (2026-12-01 or 01.12.2026, Oslo time)')
    .option('--until <date>', 'and up to the end of this day (default: now)')
    .option('--days <n>', 'candidates first seen in the last N days')
    .addOption(new Option('--format <format>', 'output format').choices(DIGEST_FORMAT_NAMES).default('md'))
    .option('--out <file>', 'write to a file instead of stdout')
    .action((_opts, command: Command) => run(async () => (await import('./cli/digest.js')).digestCommand(globals<DigestOptions>(command))));

  const sources = program.command('sources').description('inspect and check sources.json');
  const sourcesCommands = () => import('./cli/sources.js');
  const configCommands = () => import('./cli/config-commands.js');
  sources
    .command('probe <id>')
    .description('fetch and extract one source and print what was found; when it finds nothing, what each selector matched and a suggested block; writes no state')
    .option('--json', 'print JSON')
    .action((id: string, _opts, command: Command) => run(async () => (await sourcesCommands()).probeCommand(id, globals(command))));
  sources
    .command('suggest <url-or-file>')
    .description('read a listing page (live, or a saved file) and print a source block for it: link pattern, selectors, the items it finds, and any feed the page advertises')
    .option('--url <url>', 'the address of a saved file (default: its canonical link, og:url or <base>)')
    .option('--browser', 'render the page in the browser (pages built by JavaScript or behind a bot wall)')
    .option('--section <id>', 'section of the suggested source (default: the first in sources.json)')
    .option('--id <id>', 'id of the suggested source')
    .option('--name <name>', 'name of the suggested source (default: the page title)')
    .option('--json', 'print JSON')
    .action((target: string, _opts, command: Command) => run(async () => (await sourcesCommands()).suggestCommand(target, globals<SuggestOptions>(command))));
  const opmlCommands = () => import('./cli/opml.js');
  sources
    .command('import-opml <file>')
    .description('add the feeds of an OPML file (a feed reader\'s export) as feed sources: shows what it would add, skip (already a source) and refuse; writes sources.json only with --write (the previous version kept as sources.json.bak)')
    .option('--section <id>', 'section for feeds whose OPML folder names no section (default: the first in sources.json)')
    .option('--write', 'write the new sources into sources.json')
    .action((file: string, _opts, command: Command) => run(async () => (await opmlCommands()).importOpmlCommand(file, globals<ImportOpmlOptions>(command))));
  sources
    .command('export-opml')
    .description('write every feed source as OPML 2.0, a folder per section, for a feed reader (other kinds are not feeds and are left out)')
    .option('--out <file>', 'write to a file')
    .action((_opts, command: Command) => run(async () => (await opmlCommands()).exportOpmlCommand(globals<ExportOpmlOptions>(command))));
  sources
    .command('check')
    .description('validate sources.json')
    .action((_opts, command: Command) => run(async () => (await configCommands()).checkCommand(globals(command))));
  sources
    .command('schema')
    .description('print the JSON Schema of sources.json')
    .option('--out <file>', 'write to a file')
    .action((_opts, command: Command) => run(async () => (await configCommands()).schemaCommand(globals<SchemaOptions>(command))));

  const links = program.command('links').description('check the links in past issues, candidates and source pages');
  links
    .command('check [targets...]')
    .description('check links in files, folders (an archive of issues) and URLs; with none, the configured archive, the candidates and the sources')
    .addOption(new Option('--format <format>', 'report format').choices(LINK_REPORT_FORMAT_NAMES).default('text'))
    .option('--out <file>', 'write the report to a file')
    .option('--history', 'record this check in the history and judge "dead" by it (the default when no targets are given)')
    .option('--browser', 're-check links that look blocked in a real browser')
    .action((targets: string[], _opts, command: Command) =>
      run(async () => (await import('./cli/links.js')).linksCheckCommand(targets, globals<LinksCheckOptions>(command))),
    );

  program
    .command('demo')
    .description('start a local replica of the watched sites, run day 1 and day 2 against it, and show the digest')
    .option('--keep', 'keep the demo state directory')
    .action((_opts, command: Command) => run(async () => (await import('./cli/demo.js')).demoCommand(globals<DemoOptions>(command))));

  program
    .command('serve')
    .description("the editors' review page: candidates, decisions, issues, export and health, in a browser")
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <address>', 'address to bind (anything but loopback requires a token)', '127.0.0.1')
    .option('--token <token>', 'access token (default: SOURCEWATCH_TOKEN; generated when bound beyond loopback)')
    .option('--no-learning', 'rank without learning from past decisions')
    .action((_opts, command: Command) =>
      run(async () => (await import('./cli/serve.js')).serveCommand(globals<ServeOptions>(command))),
    );

  program
    .command('schedule')
    .description('run the jobs of sources.json "schedule" (watch, links, digest) at their times, Europe/Oslo, until SIGINT/SIGTERM')
    .option('--dry-run', 'print the jobs and their next times, then exit')
    .action((_opts, command: Command) => run(async () => (await import('./cli/schedule.js')).scheduleCommand(globals<ScheduleOptions>(command))));

  program
    .command('status')
    .description('last run of each job, health of each source, dead links, scheduler heartbeat; exit 2 when something needs attention')
    .option('--json', 'print JSON')
    .action((_opts, command: Command) => run(async () => (await import('./cli/status.js')).statusCommand(globals(command))));

  return program;
}

/** Entry point; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(async (action) => {
    code = await action();
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
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
