/**
 * Every command and option of the command line, as data. cli.ts builds commander's program
 * from it, and help-text.ts renders `--help` from it without loading commander (issue 14:
 * `--help` within 1.3× Node's own start-up). One table, so the two cannot drift; the help test
 * renders both at several widths and compares them.
 */
import { DIGEST_FORMAT_NAMES, LINK_REPORT_FORMAT_NAMES } from '../report/format-names.js';

export interface OptionSpec {
  /** As commander takes them: `-c, --config <file>`, `--json`, `--no-learning`. */
  readonly flags: string;
  readonly description: string;
  /** Only for options that take a value: commander shows it as `(default: "…")`. */
  readonly default?: string;
  readonly choices?: readonly string[];
  /** The option may be given more than once; its value is the list. */
  readonly repeatable?: true;
}

export interface CommandSpec {
  readonly name: string;
  /** Positional arguments as commander takes them: `<id>`, `[targets...]`. */
  readonly args?: string;
  readonly description: string;
  readonly options?: readonly OptionSpec[];
  /** A group (`sources`, `links`): its subcommands; a group has no action of its own. */
  readonly commands?: readonly CommandSpec[];
}

export interface ProgramSpec {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly commands: readonly CommandSpec[];
}

/** The options commander adds itself, worded as commander words them. */
export const BUILT_IN = {
  version: { flags: '-V, --version', description: 'output the version number' },
  help: { flags: '-h, --help', description: 'display help for command' },
  helpCommand: { name: 'help', args: '[command]', description: 'display help for command' },
} as const;

export const PROGRAM = {
  name: 'sourcewatch',
  version: '0.1.0',
  description: "Watches the newsletter's sources for new publications and builds a ranked candidate digest.",
  options: [
    { flags: '-c, --config <file>', description: 'sources.json to use', default: 'sources.json' },
    { flags: '-s, --storage <dir>', description: 'state directory', default: 'storage' },
    { flags: '--proxy <url>', description: 'HTTP(S) proxy for every request (default: config, then HTTPS_PROXY)' },
    { flags: '--insecure', description: 'accept any TLS certificate (TLS-intercepting proxies)' },
    { flags: '--host-delay <ms>', description: 'spacing between requests to one host, overriding the config' },
    { flags: '--timeout <seconds>', description: 'per-request timeout, overriding the config' },
    { flags: '--chromium <path>', description: 'chromium executable for browser sources (or SOURCEWATCH_CHROMIUM)' },
    { flags: '-q, --quiet', description: 'no progress and no log lines on the terminal (the log file in storage/logs is still written)' },
    { flags: '--log-level <level>', description: 'log level', choices: ['trace', 'debug', 'info', 'warn', 'error', 'silent'] },
  ],
  commands: [
    {
      name: 'run',
      description: 'the main job: watch all sources, then write the digest of the last days to storage/digests/',
      options: [
        { flags: '--days <n>', description: 'digest period in days (default: config digest.days)' },
        { flags: '--json', description: 'print a JSON summary' },
      ],
    },
    {
      name: 'watch',
      description: 'fetch sources and record new publications',
      options: [
        { flags: '--source <id>', description: 'only this source (repeatable)', repeatable: true },
        { flags: '--json', description: 'print {"sources":[{id,outcome,items,new,detail}]}' },
      ],
    },
    {
      name: 'digest',
      description: 'build the candidate digest for a period',
      options: [
        { flags: '--since <date>', description: 'candidates first seen since this day (2026-12-01 or 01.12.2026, Oslo time)' },
        { flags: '--until <date>', description: 'and up to the end of this day (default: now)' },
        { flags: '--days <n>', description: 'candidates first seen in the last N days' },
        { flags: '--format <format>', description: 'output format', choices: DIGEST_FORMAT_NAMES, default: 'md' },
        { flags: '--out <file>', description: 'write to a file instead of stdout' },
      ],
    },
    {
      name: 'sources',
      description: 'inspect and check sources.json',
      commands: [
        {
          name: 'probe',
          args: '<id>',
          description: 'fetch and extract one source and print what was found; when it finds nothing, what each selector matched and a suggested block; writes no state',
          options: [{ flags: '--json', description: 'print JSON' }],
        },
        {
          name: 'suggest',
          args: '<url-or-file>',
          description: 'read a listing page (live, or a saved file) and print a source block for it: link pattern, selectors, the items it finds, and any feed the page advertises',
          options: [
            { flags: '--url <url>', description: 'the address of a saved file (default: its canonical link, og:url or <base>)' },
            { flags: '--browser', description: 'render the page in the browser (pages built by JavaScript or behind a bot wall)' },
            { flags: '--section <id>', description: 'section of the suggested source (default: the first in sources.json)' },
            { flags: '--id <id>', description: 'id of the suggested source' },
            { flags: '--name <name>', description: 'name of the suggested source (default: the page title)' },
            { flags: '--json', description: 'print JSON' },
          ],
        },
        {
          name: 'import-opml',
          args: '<file>',
          description:
            "add the feeds of an OPML file (a feed reader's export) as feed sources: shows what it would add, skip (already a source) and refuse; writes sources.json only with --write (the previous version kept as sources.json.bak)",
          options: [
            { flags: '--section <id>', description: 'section for feeds whose OPML folder names no section (default: the first in sources.json)' },
            { flags: '--write', description: 'write the new sources into sources.json' },
          ],
        },
        {
          name: 'export-opml',
          description: 'write every feed source as OPML 2.0, a folder per section, for a feed reader (other kinds are not feeds and are left out)',
          options: [{ flags: '--out <file>', description: 'write to a file' }],
        },
        { name: 'check', description: 'validate sources.json' },
        { name: 'schema', description: 'print the JSON Schema of sources.json', options: [{ flags: '--out <file>', description: 'write to a file' }] },
      ],
    },
    {
      name: 'links',
      description: 'check the links in past issues, candidates and source pages',
      commands: [
        {
          name: 'check',
          args: '[targets...]',
          description: 'check links in files, folders (an archive of issues) and URLs; with none, the configured archive, the candidates and the sources',
          options: [
            { flags: '--format <format>', description: 'report format', choices: LINK_REPORT_FORMAT_NAMES, default: 'text' },
            { flags: '--out <file>', description: 'write the report to a file' },
            { flags: '--history', description: 'record this check in the history and judge "dead" by it (the default when no targets are given)' },
            { flags: '--browser', description: 're-check links that look blocked in a real browser' },
          ],
        },
      ],
    },
    {
      name: 'demo',
      description: 'start a local replica of the watched sites, run day 1 and day 2 against it, and show the digest',
      options: [{ flags: '--keep', description: 'keep the demo state directory' }],
    },
    {
      name: 'serve',
      description: "the editors' review page: candidates, decisions, issues, export and health, in a browser",
      options: [
        { flags: '--port <port>', description: 'port to listen on', default: '8080' },
        { flags: '--host <address>', description: 'address to bind (anything but loopback requires a token)', default: '127.0.0.1' },
        { flags: '--token <token>', description: 'access token (default: SOURCEWATCH_TOKEN; generated when bound beyond loopback)' },
        { flags: '--no-learning', description: 'rank without learning from past decisions' },
      ],
    },
    {
      name: 'schedule',
      description: 'run the jobs of sources.json "schedule" (watch, links, digest) at their times, Europe/Oslo, until SIGINT/SIGTERM',
      options: [{ flags: '--dry-run', description: 'print the jobs and their next times, then exit' }],
    },
    {
      name: 'status',
      description: 'last run of each job, health of each source, dead links, scheduler heartbeat; exit 2 when something needs attention',
      options: [{ flags: '--json', description: 'print JSON' }],
    },
  ],
} as const satisfies ProgramSpec;

/** `'run'`, `'sources probe'`, …: the commands that act, each path joined by a space. */
type LeafPaths<C, Prefix extends string = ''> = C extends { readonly name: infer N extends string; readonly commands: readonly (infer S)[] }
  ? LeafPaths<S, `${Prefix}${N} `>
  : C extends { readonly name: infer N extends string }
    ? `${Prefix}${N}`
    : never;

export type CommandPath = LeafPaths<(typeof PROGRAM.commands)[number]>;

/** The command at `path` (names from the top), or undefined when there is none. */
export function findCommand(path: readonly string[]): CommandSpec | ProgramSpec | undefined {
  let node: CommandSpec | ProgramSpec = PROGRAM;
  for (const name of path) {
    const next: CommandSpec | undefined = node.commands?.find((command) => command.name === name);
    if (!next) return undefined;
    node = next;
  }
  return node;
}
