/**
 * What happens to a Stortinget sak or question after it is first listed, as steps
 * (milestones) the watch stage turns into events: a sak treated (*behandlet*, with the vote's
 * outcome where the votes tell it), withdrawn or lapsed; a committee's innstilling or another
 * document added to the sak's `henvisning`; a written question answered.
 *
 * The outcome comes from `voteringer?sakid=N` (`sak_votering_liste: [{ vedtatt: boolean,
 * votering_tema, votering_tid }]`, as kristofferaas/deep-stortinget's zod `voteSchema` and
 * holderdeord's scraper read it). A vote's `vedtatt` says whether *that vote's proposal*
 * passed, not whether the representantforslag did: the committee's recommendation
 * "Dokument 8:173 S – vedtas ikke" passing means the proposal fell. So the outcome is told
 * only where it can be: every vote fell, or a passed vote's text says "vedtas ikke" /
 * "bifalles ikke" → *ikke vedtatt*; a passed vote that is not a minority's numbered proposal
 * ("Forslag nr. 3 …") and negates nothing, on a sak that is not a representantforslag →
 * *vedtatt*; otherwise the event says only that it was treated. Labels hold `{date}` where the
 * step's date goes, filled in by whoever shows it, in the reader's language and zone.
 */
import type { Milestone } from '../model.js';

/** "Dokument 8:9 S (2026–2027)" and "Dokument 8:9 S (2026-2027)" are one reference. */
export function referenceKey(reference: string): string {
  return reference
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    .replace(/[.,;]+$/, '');
}

/** The documents a `henvisning` lists: "Dokument 8:5 S (2025–2026), Innst. 12 S (2025–2026)". */
export function henvisningParts(henvisning: string): string[] {
  return henvisning
    .split(/[,;]\s*(?![^()]*\))/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The statuses that end a sak's way through Stortinget, and what the event says. */
const FINAL_STATUS: Readonly<Record<string, string>> = {
  behandlet: 'Stortinget behandlet saken {date}',
  trukket: 'Saken ble trukket {date}',
  bortfalt: 'Saken bortfalt {date}',
};

export type VoteOutcome = 'vedtatt' | 'ikke vedtatt';

export interface Votes {
  /** Undefined where the votes do not tell (see the module comment). */
  outcome?: VoteOutcome;
  /** The last vote's time as the API wrote it. */
  lastAt?: string;
  count: number;
}

const NEGATION = /\b(?:vedtas|bifalles)\s+ikke\b|\bikke\s+(?:vedtatt|bifalt)\b/i;
const MINORITY_PROPOSAL = /^\s*forslag\s+nr\b/i;

interface VoteRecord {
  vedtatt: boolean;
  tema: string;
  at?: string;
}

/** What `voteringer?sakid=` says about the sak's outcome. `representantforslag`: dokumentgruppe 4. */
export function summariseVotes(votes: VoteRecord[], options: { representantforslag: boolean }): Votes {
  const lastAt = votes.map((vote) => vote.at).filter((at): at is string => at !== undefined).at(-1);
  const base: Votes = { count: votes.length, ...(lastAt ? { lastAt } : {}) };
  if (votes.length === 0) return base;
  const passed = votes.filter((vote) => vote.vedtatt);
  if (passed.length === 0 || passed.some((vote) => NEGATION.test(vote.tema))) return { ...base, outcome: 'ikke vedtatt' };
  const plain = passed.filter((vote) => !MINORITY_PROPOSAL.test(vote.tema));
  if (!options.representantforslag && plain.length > 0) return { ...base, outcome: 'vedtatt' };
  if (options.representantforslag && plain.some((vote) => /\bdokument\s*8\b/i.test(vote.tema) && /\b(?:vedtas|bifalles)\b/i.test(vote.tema))) {
    return { ...base, outcome: 'vedtatt' };
  }
  return base;
}

export interface SakSteps {
  /** The sak's status label ("behandlet", "til behandling"). */
  status?: string;
  henvisning?: string;
  /** When the sak was last updated, as the API wrote it: the date of a final step when no vote says. */
  updatedRaw?: string;
  votes?: Votes;
}

/** The steps a sak shows now: every document of its henvisning, and its final status. */
export function sakMilestones(sak: SakSteps): Milestone[] {
  const steps: Milestone[] = [];
  for (const part of henvisningParts(sak.henvisning ?? '')) {
    const label = /^innst\b/i.test(part) ? `Komiteen avga innstilling {date}: ${part}` : `Publisert i saken {date}: ${part}`;
    steps.push({ key: `ref:${referenceKey(part)}`, label });
  }
  const status = sak.status?.replace(/\s+/g, ' ').toLowerCase();
  const final = status ? FINAL_STATUS[status] : undefined;
  if (status && final) {
    const outcome = status === 'behandlet' ? sak.votes?.outcome : undefined;
    const at = (status === 'behandlet' ? sak.votes?.lastAt : undefined) ?? sak.updatedRaw;
    steps.push({ key: `status:${status.replace(/ /g, '_')}`, label: outcome ? `${final}: ${outcome}` : final, ...(at ? { atRaw: at } : {}) });
  }
  return steps;
}

/** A written question answered: by whom, when. */
export function sporsmalMilestones(question: { status?: string; answeredRaw?: string; answeredBy?: string }): Milestone[] {
  if (question.status?.toLowerCase() !== 'besvart') return [];
  const by = question.answeredBy ? ` av ${question.answeredBy}` : '';
  return [{ key: 'status:besvart', label: `Besvart {date}${by}`, ...(question.answeredRaw ? { atRaw: question.answeredRaw } : {}) }];
}

/** A publication's own step on its sak: the same key as the sak's henvisning gives it. */
export function publicationMilestone(reference: string, atRaw: string | undefined): Milestone {
  return { key: `ref:${referenceKey(reference)}`, label: `Publisert i saken {date}: ${reference}`, ...(atRaw ? { atRaw } : {}) };
}
