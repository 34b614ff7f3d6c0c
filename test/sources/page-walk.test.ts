/** The one listing-page walker: which page comes next, and what a failing page leaves. */
import { describe, expect, it } from 'vitest';
import { nextPageStep, walkPages, type PageVisit } from '../../src/sources/page-walk.js';

const hosts = new Set(['a.no', 'www.a.no']);

describe('nextPageStep', () => {
  const table: Array<[string, string | undefined, number, string[], ReturnType<typeof nextPageStep>]> = [
    ['no next page', undefined, 2, [], { kind: 'stop' }],
    ['a next page on the same host', 'https://a.no/p/2', 2, ['https://a.no/p'], { kind: 'load', url: 'https://a.no/p/2' }],
    ['a next page on a host the listing redirected to', 'https://www.a.no/p/2', 2, ['https://a.no/p'], { kind: 'load', url: 'https://www.a.no/p/2' }],
    ['past maxPages (3)', 'https://a.no/p/4', 4, [], { kind: 'stop' }],
    ['the last page of maxPages', 'https://a.no/p/3', 3, [], { kind: 'load', url: 'https://a.no/p/3' }],
    ['a page already read (a next link back)', 'https://a.no/p', 3, ['https://a.no/p', 'https://a.no/p/2'], { kind: 'stop' }],
    ['another host', 'https://ads.example/p/2', 2, [], { kind: 'stop', warning: 'page 2 (https://ads.example/p/2) is on another host; not followed' }],
    ['not a URL', 'not a url', 2, [], { kind: 'stop', warning: 'page 2: "not a url" is no URL; stopped after page 1' }],
  ];
  it.each(table)('%s', (_name, candidate, number, seen, step) => {
    expect(nextPageStep(candidate, number, 3, new Set(seen), hosts)).toEqual(step);
  });
});

describe('walkPages', () => {
  /** Pages 1..n of a listing, each linking to the next; `failing` pages throw. */
  function listing(n: number, failing: number[] = []) {
    const read: number[] = [];
    const visit = async (url: string, number: number): Promise<PageVisit | 'stop'> => {
      if (failing.includes(number)) throw new Error(`HTTP 503 at ${url}`);
      read.push(number);
      return { next: number < n ? `https://a.no/list?page=${number + 1}` : undefined, finalUrl: url };
    };
    return { read, visit };
  }

  it('reads every page up to maxPages', async () => {
    const { read, visit } = listing(5);
    expect(await walkPages('https://a.no/list', 3, visit)).toEqual({ pages: 3 });
    expect(read).toEqual([1, 2, 3]);
  });

  it('a failing page N keeps pages 1..N-1 and reports page N', async () => {
    const { read, visit } = listing(5, [3]);
    const walk = await walkPages('https://a.no/list', 5, visit);
    expect(read).toEqual([1, 2]);
    expect(walk.pages).toBe(2);
    expect(walk.failed).toMatchObject({ number: 3, url: 'https://a.no/list?page=3' });
    expect(String(walk.failed?.error)).toContain('HTTP 503');
  });

  it('page 1 failing fails the walk', async () => {
    const { visit } = listing(5, [1]);
    await expect(walkPages('https://a.no/list', 5, visit)).rejects.toThrow('HTTP 503');
  });

  it('a next link back to an earlier page ends the walk', async () => {
    const read: string[] = [];
    const walk = await walkPages('https://a.no/list', 10, async (url) => {
      read.push(url);
      return { next: url.endsWith('page=2') ? 'https://a.no/list' : 'https://a.no/list?page=2' };
    });
    expect(read).toEqual(['https://a.no/list', 'https://a.no/list?page=2']);
    expect(walk).toEqual({ pages: 2 });
  });

  it('a next link onto another host is not followed, and said', async () => {
    const walk = await walkPages('https://a.no/list', 10, async () => ({ next: 'https://elsewhere.example/list?page=2' }));
    expect(walk).toEqual({ pages: 1, warning: 'page 2 (https://elsewhere.example/list?page=2) is on another host; not followed' });
  });

  it("'stop' ends the walk at that page", async () => {
    const { visit } = listing(5);
    const walk = await walkPages('https://a.no/list', 5, async (url, number) => (number === 2 ? 'stop' : visit(url, number)));
    expect(walk).toEqual({ pages: 2 });
  });
});
