/**
 * Regular expressions from sources.json, judged before they run: a pattern is matched
 * synchronously against every URL of a source, so one with nested repetition (`(a+)+$`) can
 * hold the whole process for minutes on a single URL — no timeout can interrupt it. Such
 * patterns are refused at load, and again where they are compiled (a config built in code
 * never passed the loader).
 */
import { createRequire } from 'node:module';
import type SafeRegex from 'safe-regex2';

// Required, not imported: safe-regex2 is CommonJS (see selector.ts).
const safeRegex = createRequire(import.meta.url)('safe-regex2') as typeof SafeRegex;

/** Why a pattern cannot be used, or undefined when it can. Pure. */
export function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
  } catch (error) {
    return `not a valid regular expression: ${(error as Error).message}`;
  }
  // safe-regex2 counts star height and repetitions; it also says no to what its parser cannot
  // read (lookbehind), which we cannot then vouch for either.
  if (!safeRegex(pattern)) {
    return 'may backtrack catastrophically (a repetition inside a repetition such as (a+)+, more than 25 repetitions, or syntax the checker cannot read such as lookbehind): rewrite it';
  }
  return undefined;
}

/** Compile a configured pattern, refusing one that could block the process. */
export function compileSafePattern(pattern: string, what: string): RegExp {
  const problem = patternProblem(pattern);
  if (problem) throw new Error(`${what} pattern ${JSON.stringify(pattern)}: ${problem}`);
  return new RegExp(pattern);
}
