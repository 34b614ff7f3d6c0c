/** The loader's messages as the editor reads them, from the messages the schema really gives. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';
import { configIssueText } from '../../src/serve/config-issue-text.js';

const base = {
  version: 1,
  sections: [{ id: 'norden', title: 'Norden' }],
  ranking: { keywords: [{ label: 'mh', terms: ['menneskehandel*'], weight: 5 }] },
};

function issuesOf(source: Record<string, unknown>): Array<{ path: string; message: string }> {
  try {
    parseConfig({ ...base, sources: [{ id: 'heuni', name: 'HEUNI', section: 'norden', kind: 'html', url: 'https://heuni.fi/news', ...source }] });
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

describe('configIssueText', () => {
  it.each([
    ['a weight that is no number', { articles: { include: ['x'] }, ranking: { weight: 'mye' } }, 'sources[0].ranking.weight', 'må være et tall'],
    ['a weight too big', { articles: { include: ['x'] }, ranking: { weight: 99 } }, 'sources[0].ranking.weight', 'kan være høyst 20'],
    ['a weight too small', { articles: { include: ['x'] }, ranking: { weight: -11 } }, 'sources[0].ranking.weight', 'må være minst -10'],
    ['no patterns left', { articles: { include: [] } }, 'sources[0].articles.include', 'trenger minst én verdi'],
    ['neither patterns nor selectors', {}, 'sources[0].articles', 'oppgi lenkemønstre, velgere eller begge deler'],
    ['an unknown section', { section: 'nowhere', articles: { include: ['x'] } }, 'sources[0].section', 'ukjent seksjon «nowhere» (kjente: norden)'],
    ['a broken selector', { select: { item: 'div[', link: 'a' } }, 'sources[0].select.item', /^ikke en gyldig CSS-velger: /],
    ['a broken pattern', { articles: { include: ['(['] } }, 'sources[0].articles.include[0]', /^ikke et gyldig regulært uttrykk: /],
    ['a catastrophic pattern', { articles: { include: ['(a+)+$'] } }, 'sources[0].articles.include[0]', /^kan låse programmet/],
  ] as const)('%s', (_name, source, path, expected) => {
    const issues = issuesOf(source);
    expect(issues.length, JSON.stringify(issues)).toBeGreaterThan(0);
    const issue = issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    const text = configIssueText(issue!.message, 'nb');
    if (typeof expected === 'string') expect(text).toBe(expected);
    else expect(text).toMatch(expected);
  });

  it('keeps an unknown message after a Norwegian lead-in, and English as it is', () => {
    expect(configIssueText('something new', 'nb')).toBe('ugyldig verdi (something new)');
    expect(configIssueText('something new', 'en')).toBe('something new');
  });
});
