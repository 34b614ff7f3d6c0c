/**
 * Learning from decisions: a small naive Bayes over the terms of title and summary, trained on
 * what editors accepted and rejected. Each term weighs the log-ratio of how often accepted and
 * rejected items mention it (presence, not count, so a long summary does not outweigh a
 * title; Laplace-smoothed; equal priors, so it ranks by content, not by how much editors
 * reject). A candidate's learned points are the sum over its terms, capped, and its reason
 * names the terms that pushed hardest. An item that was itself decided is scored on the
 * other decisions only (leave one out), so it does not confirm itself. Pure: the same
 * decisions give the same nudges.
 */
import type { Reason } from '../model/digest.js';

export interface LearningExample {
  label: 'accepted' | 'rejected';
  text: string;
}

export interface LearningOptions {
  /** The learned nudge is capped at ± this many points. */
  maxPoints: number;
  /** Learn only once there are at least this many accepted and this many rejected items. */
  minPerClass: number;
  /** Language of the reason's label. */
  language: 'nb' | 'en';
}

export interface TermWeight {
  /** The normalised term ("rapport"). */
  term: string;
  /** The word as the scored text wrote it ("rapporten"). */
  word: string;
  /** Log-odds it adds: above 0 leans to "accept", below to "reject". */
  weight: number;
}

export interface Learner {
  accepted: number;
  rejected: number;
  /**
   * Every known term of the text with its weight, strongest first. `own`: the text is one of
   * the examples, with this label; it is left out of the counts.
   */
  explain(text: string, own?: 'accepted' | 'rejected'): { logOdds: number; terms: TermWeight[] };
  /** The `learned` reason for a candidate's text, or undefined when it moves nothing. */
  reason(text: string, own?: 'accepted' | 'rejected'): Reason | undefined;
}

// Words that say nothing about the topic, in the languages the sources write in. Anything
// shorter than three letters is dropped anyway.
const STOPWORDS = new Set(
  (
    'og den det der som har ikke kan skal vil med for fra til ved mot over under etter uten hos mellom om ' +
    'ein eit eller men også var ble blir være vært hva hvor når dette disse deres sin sitt sine seg sig ' +
    'nye nytt ny alle andre annen noen mange mer mest års norge norsk norske ' +
    'the and for with from into about this that these those its are was were been has have had not new ' +
    'but all any can will would may our their his her who what when where which than then also ' +
    'ja tai sekä joka ovat oli'
  ).split(' '),
);

// Endings stripped so that "rapporten", "rapporter" and "reports" count as one term.
const SUFFIXES = ['ingene', 'ingen', 'ene', 'ane', 'ing', 'ers', 'ets', 'en', 'et', 'er', 'ar', 'ed', 'es', 's', 'e', 'a'];

/** A word's term: lower-case, a few common Norwegian and English endings removed (twice at most, leaving five letters or more). */
export function stemWord(word: string): string {
  let term = word.toLowerCase();
  for (let pass = 0; pass < 2; pass += 1) {
    const suffix = SUFFIXES.find((s) => term.length - s.length >= 5 && term.endsWith(s));
    if (!suffix) break;
    term = term.slice(0, -suffix.length);
  }
  return term;
}

/** Every term of a text in order, repeats included, each with the word that gave it. */
export function termOccurrences(text: string): Array<{ term: string; word: string }> {
  const out: Array<{ term: string; word: string }> = [];
  for (const match of text.normalize('NFC').toLowerCase().matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu)) {
    const word = match[0];
    if (word.length < 3 || /^[\p{N}-]+$/u.test(word) || STOPWORDS.has(word)) continue;
    out.push({ term: stemWord(word), word });
  }
  return out;
}

/** The distinct terms of a text, each with the first word that gave it. */
export function textTerms(text: string): Array<{ term: string; word: string }> {
  const seen = new Map<string, string>();
  for (const { term, word } of termOccurrences(text)) if (!seen.has(term)) seen.set(term, word);
  return [...seen].map(([term, word]) => ({ term, word }));
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Train on accepted and rejected examples. Undefined when there are too few of either to say
 * anything (the ranking then stays as configured).
 */
export function trainLearner(examples: LearningExample[], options: LearningOptions): Learner | undefined {
  const accepted = examples.filter((e) => e.label === 'accepted').length;
  const rejected = examples.length - accepted;
  if (accepted < Math.max(1, options.minPerClass) || rejected < Math.max(1, options.minPerClass)) return undefined;

  const inAccepted = new Map<string, number>();
  const inRejected = new Map<string, number>();
  for (const example of examples) {
    const counts = example.label === 'accepted' ? inAccepted : inRejected;
    for (const { term } of textTerms(example.text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const weight = (term: string, own: 'accepted' | 'rejected' | undefined): number | undefined => {
    const a = (inAccepted.get(term) ?? 0) - (own === 'accepted' ? 1 : 0);
    const r = (inRejected.get(term) ?? 0) - (own === 'rejected' ? 1 : 0);
    // Only terms seen in some (other) decided item say anything.
    if (a + r <= 0) return undefined;
    const pAccepted = (a + 1) / (accepted - (own === 'accepted' ? 1 : 0) + 2);
    const pRejected = (r + 1) / (rejected - (own === 'rejected' ? 1 : 0) + 2);
    return Math.log(pAccepted / pRejected);
  };

  const explain = (text: string, own?: 'accepted' | 'rejected'): { logOdds: number; terms: TermWeight[] } => {
    const terms: TermWeight[] = [];
    for (const { term, word } of textTerms(text)) {
      const w = weight(term, own);
      if (w !== undefined && w !== 0) terms.push({ term, word, weight: w });
    }
    terms.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.term.localeCompare(b.term));
    return { logOdds: terms.reduce((sum, t) => sum + t.weight, 0), terms };
  };

  return {
    accepted,
    rejected,
    explain,
    reason(text, own) {
      const { logOdds, terms } = explain(text, own);
      const points = round(Math.max(-options.maxPoints, Math.min(options.maxPoints, logOdds)));
      if (points === 0) return undefined;
      const words = terms
        .filter((t) => Math.sign(t.weight) === Math.sign(points))
        .slice(0, 3)
        .map((t) => `«${t.word}»`)
        .join(', ');
      const basis =
        options.language === 'en'
          ? `learned from ${accepted} accepted / ${rejected} rejected`
          : `lært av ${accepted} godtatte / ${rejected} avviste`;
      return { kind: 'learned', label: words ? `${basis}: ${words}` : basis, points };
    },
  };
}
