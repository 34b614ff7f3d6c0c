/**
 * The shipped sources.json as raw JSON, and the same with another list of sources: tests that
 * run a subset of the shipped sources keep its ranking, minus keyword rules' `notInSources`
 * entries for sources left out (the loader rightly refuses a rule naming an unknown source).
 */
import { readFileSync } from 'node:fs';

interface KeywordRuleJson {
  notInSources?: string[];
  [key: string]: unknown;
}

export interface ShippedJson {
  sources: Array<{ id: string; kind: string; [key: string]: unknown }>;
  ranking: { keywords?: KeywordRuleJson[]; [key: string]: unknown };
  [key: string]: unknown;
}

export function shippedJson(): ShippedJson {
  return JSON.parse(readFileSync('sources.json', 'utf8')) as ShippedJson;
}

export function withSources(shipped: ShippedJson, sources: ShippedJson['sources']): ShippedJson {
  const ids = new Set(sources.map((source) => source.id));
  const keywords = shipped.ranking.keywords?.map((rule) =>
    rule.notInSources ? { ...rule, notInSources: rule.notInSources.filter((id) => ids.has(id)) } : rule,
  );
  return { ...shipped, sources, ranking: { ...shipped.ranking, ...(keywords ? { keywords } : {}) } };
}
