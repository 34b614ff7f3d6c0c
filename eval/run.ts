/**
 * `npm run eval [-- --json] [--sources PATH] [--chromium PATH]`: replays the May–June 2022
 * issue against the replica web and prints how the digest served it — recall, precision and
 * each chosen item's rank in its section. Offline: everything answers on 127.0.0.1.
 * Exit 0 whatever the figures; 1 when the replay itself breaks, 2 for bad arguments.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateReplay } from './evaluate.js';
import { formatAllCandidates, formatReport, buildReport } from './report.js';
import { runReplay } from './replay.js';
import { AWAITING_REPLICA, CHOSEN, REPLAY_2022_05 } from './replay-2022-05/index.js';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    process.stderr.write(`eval: ${(error as Error).message}\nusage: npm run eval [-- --json] [--sources PATH] [--chromium PATH] [--quiet] [--all] [--keep DIR | --from-store DIR]\n`);
    return 2;
  }
  const sourcesPath = path.resolve(args.values.sources ?? path.join(repository, 'sources.json'));
  const progress = args.values.quiet ? undefined : (line: string): void => void process.stderr.write(`${line}\n`);
  const result = await runReplay(REPLAY_2022_05, {
    sourcesPath,
    progress,
    ...(args.values.chromium ? { chromiumPath: args.values.chromium } : {}),
    ...(args.values.keep ? { keepDir: path.resolve(args.values.keep) } : {}),
    ...(args.values['from-store'] ? { fromStore: path.resolve(args.values['from-store']) } : {}),
  });
  const metrics = evaluateReplay(result, CHOSEN);
  const awaiting = Object.keys(AWAITING_REPLICA).filter((id) => !result.watched.includes(id));
  const report = buildReport(result, result.config, metrics, awaiting);
  process.stdout.write(args.values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  if (args.values.all && !args.values.json) process.stdout.write(formatAllCandidates(result.digest));
  return 0;
}

function parse() {
  return parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      sources: { type: 'string' },
      chromium: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      // Tuning the ranking: keep the store, then rank again from it without watching.
      keep: { type: 'string' },
      'from-store': { type: 'string' },
      // Every candidate, chosen or not.
      all: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: the replay broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
