/** Patterns in sources.json: refused at load, with their path, when malformed or catastrophic. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { parseConfig } from '../../src/config/load.js';
import { compileSafePattern, patternProblem } from '../../src/config/pattern.js';

describe('patternProblem', () => {
  it.each([
    ['^https://www\\.forsk\\.no/pub/[^/]+$', undefined],
    ['/-/[^/?#]+$', undefined],
    ['/id\\d+/', undefined],
    ['(?<year>\\d{4})/', undefined],
    ['(a+)+$', /backtrack catastrophically/],
    ['(x+x+)+y', /backtrack catastrophically/],
    ['^(?:.*)+$', /backtrack catastrophically/],
    ['(\\d+)*x', /backtrack catastrophically/],
    ['[unclosed', /not a valid regular expression/],
    ['(', /not a valid regular expression/],
  ])('%s', (pattern, expected) => {
    const problem = patternProblem(pattern);
    if (expected === undefined) expect(problem).toBeUndefined();
    else expect(problem).toMatch(expected);
  });

  it('compileSafePattern refuses what patternProblem refuses, naming the pattern', () => {
    expect(compileSafePattern('/pub/', 'test').test('https://x.no/pub/a')).toBe(true);
    expect(() => compileSafePattern('(a+)+$', 'sitemap include')).toThrow(/sitemap include pattern "\(a\+\)\+\$": may backtrack/);
  });
});

const sections = [{ id: 's', title: 'S' }];
const feed = { id: 'f', name: 'F', section: 's', kind: 'feed', url: 'https://example.org/feed' };
const listing = (extra: Record<string, unknown>) => ({ id: 'h', name: 'H', section: 's', kind: 'html', url: 'https://example.org/list', ...extra });

function issuesFor(sources: unknown[], links?: Record<string, unknown>): string[] {
  try {
    parseConfig({ version: 1, sections, sources, ...(links ? { links } : {}) });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  return [];
}

describe('patterns at load', () => {
  it.each([
    ['sitemap include', [feed, { id: 'm', name: 'M', section: 's', kind: 'sitemap', url: 'https://example.org/sitemap.xml', include: ['/ok/', '(a+)+$'] }], undefined, 'sources[1].include[1]'],
    ['sitemap exclude', [{ id: 'm', name: 'M', section: 's', kind: 'sitemap', url: 'https://example.org/s.xml', exclude: ['[bad'] }], undefined, 'sources[0].exclude[0]'],
    ['articles include', [listing({ articles: { include: ['(\\w+)*$'] } })], undefined, 'sources[0].articles.include[0]'],
    ['articles exclude', [listing({ articles: { include: ['/pub/'], exclude: ['(a|b+)+c'] } })], undefined, 'sources[0].articles.exclude[0]'],
    ['browser articles', [{ ...listing({ articles: { include: ['(.*)+x'] } }), kind: 'browser' }], undefined, 'sources[0].articles.include[0]'],
    ['feed fallback articles', [{ ...feed, fallback: { kind: 'html', url: 'https://example.org/l', articles: { include: ['(a+)+$'] } } }], undefined, 'sources[0].fallback.articles.include[0]'],
    ['links.exclude syntax', [feed], { exclude: ['facebook\\.com', '(unclosed'] }, 'links.exclude[1]'],
    ['links.exclude backtracking', [feed], { exclude: ['(a+)+$'] }, 'links.exclude[0]'],
  ])('%s is refused with its path', (_name, sources, links, path) => {
    const issues = issuesFor(sources, links);
    expect(issues.some((issue) => issue.startsWith(`${path}: `)), issues.join('\n')).toBe(true);
  });

  it('accepts the patterns real sources use', () => {
    const issues = issuesFor(
      [listing({ articles: { include: ['/-/[^/?#]+$', '/id\\d+/$'], exclude: ['\\?'] } })],
      { exclude: ['^https://(www\\.)?facebook\\.com/'] },
    );
    expect(issues).toEqual([]);
  });
});
