/**
 * Scoring a candidate, with the reasons an editor can read: which keywords matched, what the
 * source is worth, how recent it is. Pure: same item, same settings, same clock → same rank.
 */
import type { KeywordRule, RankingSettings, Source } from '../config/schema.js';
import type { Ranked, Reason } from '../digest/types.js';
import type { Item } from '../model.js';

const DAY_MS = 86_400_000;

interface CompiledRule {
  rule: KeywordRule;
  patterns: Array<{ term: string; regex: RegExp }>;
}

/** A term as a regex: case-insensitive, whole words, `*` = any word ending, spaces = any whitespace. */
export function termPattern(term: string): RegExp {
  const trimmed = term.trim();
  const open = trimmed.endsWith('*');
  const body = (open ? trimmed.slice(0, -1) : trimmed)
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\*/g, '[\\p{L}\\p{N}]*'))
    .join('[\\s\\u00a0-]+');
  const tail = open ? '[\\p{L}\\p{N}-]*' : '(?![\\p{L}\\p{N}])';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}${tail}`, 'iu');
}

const compiledCache = new WeakMap<KeywordRule[], CompiledRule[]>();

function compile(rules: KeywordRule[]): CompiledRule[] {
  let compiled = compiledCache.get(rules);
  if (!compiled) {
    compiled = rules.map((rule) => ({ rule, patterns: rule.terms.map((term) => ({ term, regex: termPattern(term) })) }));
    compiledCache.set(rules, compiled);
  }
  return compiled;
}

/** Keyword reasons for a text: each rule counts once, named by the words that matched. */
export function keywordReasons(text: string, rules: KeywordRule[]): Reason[] {
  const normalised = text.normalize('NFC');
  const reasons: Reason[] = [];
  for (const { rule, patterns } of compile(rules)) {
    const hits = new Set<string>();
    for (const { regex } of patterns) {
      const match = regex.exec(normalised);
      if (match) hits.add(match[0].toLowerCase());
    }
    if (hits.size > 0) {
      reasons.push({
        kind: 'keyword',
        label: `${rule.label}: ${[...hits].slice(0, 3).map((h) => `«${h}»`).join(', ')}`,
        points: rule.weight,
      });
    }
  }
  return reasons;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function rankItem(item: Item, source: Source, settings: RankingSettings, now: Date): Ranked {
  const reasons: Reason[] = [];
  if (source.ranking.weight !== 0) {
    reasons.push({ kind: 'source', label: `source ${source.name}`, points: source.ranking.weight });
  }
  const keywords = keywordReasons(`${item.title}\n${item.summary ?? ''}`, settings.keywords);
  reasons.push(...keywords);

  const when = item.published?.iso ?? item.firstSeen;
  const ageDays = Math.max(0, (now.getTime() - Date.parse(when)) / DAY_MS);
  const recency = round(settings.recency.weight * 0.5 ** (ageDays / settings.recency.halfLifeDays));
  if (recency > 0) {
    const age = Math.floor(ageDays);
    const basis = item.published?.iso ? 'published' : 'first seen';
    reasons.push({ kind: 'recency', label: `${basis} ${age === 0 ? 'today' : age === 1 ? '1 day ago' : `${age} days ago`}`, points: recency });
  }

  const score = round(reasons.reduce((sum, reason) => sum + reason.points, 0));
  const eligible = !source.ranking.requireKeyword || keywords.some((reason) => reason.points > 0);
  return { score, reasons, eligible };
}
