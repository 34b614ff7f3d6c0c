/**
 * What the ranking learns, in one place for every caller (the run's digest, `digest`, the
 * scheduler, the review page): likeness to the paragraphs of past issues and to items the
 * editors accepted (similarity.ts), and, once there are enough decisions both ways, the
 * naive Bayes over accepted and rejected items (learning/learner.ts). Each gives its own
 * reason, so an editor sees which pushed.
 */
import type { Config } from '../config/schema.js';
import type { LearnedReason, Reason } from '../model/digest.js';
import type { Item } from '../model.js';
import { trainLearner } from './learner.js';
import { listArchiveParagraphs } from '../store/archive-paragraphs.js';
import type { Db } from '../store/db.js';
import { listTrainingRows } from '../store/decisions.js';
import { buildSimilarity } from './similarity.js';

export interface LearningSummary {
  /** Paragraphs of past issues learned from. */
  archiveParagraphs: number;
  accepted: number;
  rejected: number;
}

export interface Learning extends LearningSummary {
  /** Undefined when there is nothing to learn from yet. */
  learned: LearnedReason | undefined;
}

const textOf = (item: { title: string; summary: string | null }): string => `${item.title}\n${item.summary ?? ''}`;

export function learningFor(db: Db, config: Config): Learning {
  const paragraphs = listArchiveParagraphs(db);
  const rows = listTrainingRows(db);
  const acceptedRows = rows.filter((row) => row.decision === 'accepted');
  const examples = [...paragraphs.map((p) => p.text), ...acceptedRows.map(textOf)];
  // An accepted item is an example of its own: scored, it is left out, so it does not confirm itself.
  const ownExample = new Map(acceptedRows.map((row, i) => [row.subjectId, paragraphs.length + i]));
  const options = { maxPoints: config.review.learningMaxPoints, language: config.review.language };
  const similarity = buildSimilarity(examples, options);
  const bayes = trainLearner(
    rows.map((row) => ({ label: row.decision, text: textOf(row) })),
    { ...options, minPerClass: config.review.learningMinDecisions },
  );
  const own = new Map(rows.map((row) => [row.subjectId, row.decision]));
  const learned: LearnedReason | undefined =
    similarity || bayes
      ? (item: Item): Reason[] =>
          [similarity?.reason(textOf(item), ownExample.get(item.id)), bayes?.reason(textOf(item), own.get(item.id))].filter(
            (reason): reason is Reason => reason !== undefined,
          )
      : undefined;
  return { learned, archiveParagraphs: paragraphs.length, accepted: acceptedRows.length, rejected: rows.length - acceptedRows.length };
}
