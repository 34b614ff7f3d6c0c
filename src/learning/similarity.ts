/**
 * Likeness to what the editors chose before: BM25 between a candidate's text and each
 * paragraph the editors wrote in past issues (and each item they accepted on the page).
 * Positive examples only, so it works from the first run, before any decision. A candidate
 * earns points for the past paragraphs it resembles; its reason names how many and the words
 * they share ("ligner på 4 saker i tidligere nyhetsbrev: «mindreårige», «asylmottak»").
 * Pure: the same examples give the same scores.
 */
import type { Reason } from '../model/digest.js';
import { termOccurrences, textTerms } from './learner.js';

/** The model's constants, chosen by `npm run eval` (see docs/benchmarks.md). */
export const SIMILARITY = {
  k1: 1.2,
  b: 0.75,
  /** A past paragraph counts as alike from this BM25 score on… */
  matchScore: 4,
  /** …sharing at least this many terms: one common word ("endringer") makes no likeness. */
  minSharedTerms: 2,
  /** Points per alike paragraph, with diminishing returns (log2 of 1 + the count). */
  pointsPerDoubling: 2,
} as const;

export interface SimilarityOptions {
  maxPoints: number;
  language: 'nb' | 'en';
}

export interface Likeness {
  /** Past paragraphs alike. */
  matches: number;
  points: number;
  /** The shared words that weighed most, as the candidate wrote them. */
  words: string[];
}

export interface SimilarityModel {
  documents: number;
  /** `own`: the index of the example that is this very text (an accepted item), left out. */
  likeness(text: string, own?: number): Likeness;
  reason(text: string, own?: number): Reason | undefined;
}

interface Doc {
  counts: Map<string, number>;
  length: number;
}

function termCounts(text: string): Doc {
  const counts = new Map<string, number>();
  const occurrences = termOccurrences(text);
  for (const { term } of occurrences) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { counts, length: occurrences.length };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function buildSimilarity(examples: string[], options: SimilarityOptions): SimilarityModel | undefined {
  const docs = examples.map(termCounts);
  if (!docs.some((doc) => doc.length > 0)) return undefined;
  const averageLength = docs.reduce((sum, doc) => sum + doc.length, 0) / docs.length;
  const documentFrequency = new Map<string, number>();
  for (const doc of docs) for (const term of doc.counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string): number => {
    const n = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (docs.length - n + 0.5) / (n + 0.5));
  };

  const likeness = (text: string, own?: number): Likeness => {
    const query = textTerms(text);
    const contribution = new Map<string, number>();
    let matches = 0;
    for (const [index, doc] of docs.entries()) {
      if (index === own || doc.length === 0) continue;
      let score = 0;
      const parts: Array<[string, number]> = [];
      for (const { term } of query) {
        const f = doc.counts.get(term);
        if (!f) continue;
        const part = (idf(term) * f * (SIMILARITY.k1 + 1)) / (f + SIMILARITY.k1 * (1 - SIMILARITY.b + (SIMILARITY.b * doc.length) / averageLength));
        score += part;
        parts.push([term, part]);
      }
      if (score < SIMILARITY.matchScore || parts.length < SIMILARITY.minSharedTerms) continue;
      matches += 1;
      for (const [term, part] of parts) contribution.set(term, (contribution.get(term) ?? 0) + part);
    }
    const wordOf = new Map(query.map(({ term, word }) => [term, word]));
    const words = [...contribution]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([term]) => wordOf.get(term) ?? term);
    const points = matches === 0 ? 0 : round(Math.min(options.maxPoints, SIMILARITY.pointsPerDoubling * Math.log2(1 + matches)));
    return { matches, points, words };
  };

  return {
    documents: docs.length,
    likeness,
    reason(text, own) {
      const { matches, points, words } = likeness(text, own);
      if (points <= 0) return undefined;
      const quoted = words.map((word) => `«${word}»`).join(', ');
      const label =
        options.language === 'en'
          ? `like ${matches} ${matches === 1 ? 'item' : 'items'} in past issues: ${quoted}`
          : `ligner på ${matches} ${matches === 1 ? 'sak' : 'saker'} i tidligere nyhetsbrev: ${quoted}`;
      return { kind: 'learned', label, points };
    },
  };
}
