/** How candidates are ranked: keyword rules, recency, the minimum score. */
import { z } from 'zod';

const keywordSchema = z.strictObject({
  label: z.string().min(1).describe('Shown in the reasons'),
  terms: z
    .array(z.string().min(1))
    .min(1)
    .describe('Words or phrases; a trailing * matches any word ending ("menneskehandel*")'),
  weight: z.number().min(-20).max(20),
  notNear: z
    .array(z.string().min(1))
    .default([])
    .describe('A match does not count when one of these words or phrases stands within `nearWords` words of it: "drug*", "kokain*" beside "trafficking"; "overskuddsvarme" beside "utnytte"'),
  near: z
    .array(z.string().min(1))
    .default([])
    .describe('When set, a match counts only where one of these words or phrases stands within `nearWords` words of it: "utnytte" beside a person ("arbeidstakere", "barn", "flyktninger"), not beside "kapasiteten" or "skogen"'),
  nearWords: z.number().int().min(1).max(10).default(3).describe('How many words on each side `near` and `notNear` look at'),
  notInSources: z
    .array(z.string().min(1))
    .default([])
    .describe("Source ids whose own items this rule does not score: a publisher's name in its own news (\"OSCE\" in OSCE's press releases) says nothing about the topic"),
});

export const rankingSchema = z
  .strictObject({
    keywords: z.array(keywordSchema).default([]),
    recency: z
      .strictObject({
        weight: z.number().min(0).max(20).default(2).describe('Bonus for an item published today'),
        halfLifeDays: z.number().positive().default(14).describe('The bonus halves every this many days'),
      })
      .prefault({}),
    minScore: z.number().default(0).describe('Candidates scoring below this are left out of the digest'),
  })
  .prefault({});

export type RankingSettings = z.output<typeof rankingSchema>;
export type KeywordRule = z.output<typeof keywordSchema>;
