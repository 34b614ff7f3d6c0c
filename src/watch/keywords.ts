/**
 * Keyword rules: which words of a candidate's text count, and which do not. A term counts
 * where it stands, not just somewhere in the text: "trafficking" next to "drug" or
 * "cocaine" is not what the rule is about, so a rule's `notNear` words cancel a match within
 * `nearWords` words of it; and "utnytte" counts only about people, so a rule's `near` words,
 * when given, must stand within that window. A rule can also leave out sources whose every
 * item names it (a publisher's own name). Pure.
 */
import type { KeywordRule } from '../config/schema.js';
import type { Reason } from '../model/digest.js';

const WORD = '[\\p{L}\\p{N}]';

/** A term as a regex: case-insensitive, whole words, `*` = any word ending, spaces = any whitespace or dash. */
export function termPattern(term: string, flags = 'iu'): RegExp {
  const trimmed = term.trim();
  const open = trimmed.endsWith('*');
  const body = (open ? trimmed.slice(0, -1) : trimmed)
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, `${WORD}*`))
    .join('[\\s\\u00a0-]+');
  const tail = open ? '[\\p{L}\\p{N}-]*' : `(?!${WORD})`;
  return new RegExp(`(?<!${WORD})${body}${tail}`, flags);
}

interface CompiledRule {
  rule: KeywordRule;
  terms: RegExp[];
  notNear: RegExp[];
  near: RegExp[];
}

const compiledCache = new WeakMap<KeywordRule[], CompiledRule[]>();

function compile(rules: KeywordRule[]): CompiledRule[] {
  let compiled = compiledCache.get(rules);
  if (!compiled) {
    compiled = rules.map((rule) => ({
      rule,
      terms: rule.terms.map((term) => termPattern(term, 'giu')),
      notNear: rule.notNear.map((term) => termPattern(term, 'iu')),
      near: rule.near.map((term) => termPattern(term, 'iu')),
    }));
    compiledCache.set(rules, compiled);
  }
  return compiled;
}

/** The window regexes for a number of words, built once: matching runs for every keyword hit. */
const windowCache = new Map<number, { before: RegExp; after: RegExp }>();

function windowOf(words: number): { before: RegExp; after: RegExp } {
  let window = windowCache.get(words);
  if (!window) {
    window = {
      before: new RegExp(`(?:${WORD}[\\p{L}\\p{N}-]*[^\\p{L}\\p{N}]+){0,${words}}$`, 'u'),
      after: new RegExp(`^(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}-]*${WORD}){0,${words}}`, 'u'),
    };
    windowCache.set(words, window);
  }
  return window;
}

/** Up to `words` words before `start` and after `end`, with the match between: where `notNear` looks. */
export function surroundings(text: string, start: number, end: number, words: number): string {
  const { before, after } = windowOf(words);
  const head = before.exec(text.slice(Math.max(0, start - 300), start))?.[0] ?? '';
  const tail = after.exec(text.slice(end, end + 300))?.[0] ?? '';
  return `${head}${text.slice(start, end)}${tail}`;
}

export interface KeywordHit {
  rule: KeywordRule;
  /** The words that counted, as written (lower case), first three. */
  words: string[];
  /** Matches of the rule's terms that its `notNear` words cancelled. */
  cancelled: string[];
}

/** Whether a match stands where the rule means it: none of `notNear` beside it and, if the rule names any, one of `near`. */
export function standsRight(around: string, notNear: RegExp[], near: RegExp[]): boolean {
  if (notNear.some((word) => word.test(around))) return false;
  return near.length === 0 || near.some((word) => word.test(around));
}

/**
 * Each rule's hits in a text: the matches that count, and those cancelled by what stands
 * beside them. `sourceId` leaves out the rules that do not score that source's items.
 */
export function keywordHits(text: string, rules: KeywordRule[], sourceId?: string): KeywordHit[] {
  const normalised = text.normalize('NFC');
  const hits: KeywordHit[] = [];
  for (const { rule, terms, notNear, near } of compile(rules)) {
    if (sourceId !== undefined && rule.notInSources.includes(sourceId)) continue;
    const counted = new Set<string>();
    const cancelled = new Set<string>();
    const looksAround = notNear.length > 0 || near.length > 0;
    for (const regex of terms) {
      for (const match of normalised.matchAll(regex)) {
        const word = match[0].toLowerCase();
        const start = match.index;
        const around = looksAround ? surroundings(normalised, start, start + match[0].length, rule.nearWords) : '';
        if (standsRight(around, notNear, near)) counted.add(word);
        else cancelled.add(word);
      }
    }
    if (counted.size > 0 || cancelled.size > 0) {
      hits.push({ rule, words: [...counted].slice(0, 3), cancelled: [...cancelled].filter((word) => !counted.has(word)).slice(0, 3) });
    }
  }
  return hits;
}

/** Keyword reasons for a text: each rule counts once, named by the words that matched. */
export function keywordReasons(text: string, rules: KeywordRule[], sourceId?: string): Reason[] {
  return keywordHits(text, rules, sourceId)
    .filter((hit) => hit.words.length > 0)
    .map((hit) => ({
      kind: 'keyword' as const,
      label: `${hit.rule.label}: ${hit.words.map((word) => `«${word}»`).join(', ')}`,
      points: hit.rule.weight,
    }));
}
