/** The editors' review page: language, learning from decisions, export texts. */
import { z } from 'zod';

export const reviewSchema = z
  .strictObject({
    language: z.enum(['nb', 'en']).default('nb').describe('Language of what editors read: the review page, the digest, the health file and the link report (Markdown, HTML)'),
    learning: z.boolean().default(true).describe('Let past accept/reject decisions nudge the ranking'),
    learningMaxPoints: z
      .number()
      .min(0)
      .max(20)
      .default(5)
      .describe('What learning may add to or take from a score, at most (points)'),
    learningMinDecisions: z
      .number()
      .int()
      .min(1)
      .default(3)
      .describe('Learning starts once there are this many accepted and this many rejected items'),
    templates: z
      .record(z.string(), z.string())
      .default({})
      .describe(
        'Lead sentence per section id for the export; {source} {month} {title} {url} {kind} (also {sourceName} {year} {date} {section}) are filled in, and "se her" becomes the link',
      ),
    defaultTemplate: z.string().default('{source} publiserte i {month} {kind} «{title}», se her.'),
    eventTemplate: z
      .string()
      .default('{event} – «{title}», se her.')
      .describe('Lead sentence for an accepted event (a sak decided, a question answered); {event} is what happened, dated by month'),
    headlineTemplate: z
      .string()
      .default('I {month} kom {kind} «{title}», se her.')
      .describe('Lead sentence for a title that opens with the source\'s name ("GRETA publishes its report…") when the section\'s template names the source too: said once, not twice'),
  })
  .prefault({});

export type ReviewSettings = z.output<typeof reviewSchema>;
