#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm ci` through the prepare script).
// Help and version come from the command table alone (four small modules), before the rest of
// the command line and commander load: `--help` costs little more than Node's own start-up.
import('../dist/src/cli/help-text.js')
  .then(async (help) => (help.answerQuickly(process.argv) ? 0 : (await import('../dist/src/cli.js')).main(process.argv)))
  .then(
    (code) => { process.exitCode = code; },
    (err) => { console.error(err?.stack ?? String(err)); process.exitCode = 1; },
  );
