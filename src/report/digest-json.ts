/** The digest for machines: a stable, flat shape (see the README for the fields). */
import type { Digest } from '../model/digest.js';
import { stepText } from './step-text.js';

export function digestToJson(digest: Digest): object {
  return {
    period: digest.period,
    generatedAt: digest.generatedAt,
    candidates: digest.sections.flatMap((section) =>
      section.candidates.map((c) => ({
        id: c.id,
        itemId: c.itemId,
        event: c.event ? { key: c.event.key, text: stepText(c.event), at: c.event.at } : null,
        history: c.history.map((step) => ({ text: stepText(step), at: step.at })),
        sourceId: c.sourceId,
        sourceIds: c.sourceIds,
        sourceName: c.sourceName,
        section: c.section,
        title: c.title,
        url: c.url,
        published: c.published?.iso ?? null,
        publishedRaw: c.published?.raw ?? null,
        firstSeen: c.firstSeen,
        summary: c.summary,
        score: c.score,
        reasons: c.reasons,
        link: c.link ?? null,
      })),
    ),
    health: digest.health,
  };
}

export function formatDigestJson(digest: Digest): string {
  return `${JSON.stringify(digestToJson(digest), null, 2)}\n`;
}
