/**
 * The classification of the seed issue's links: every http(s) link is a chosen item or a link
 * not to find, never both, never neither; chosen items name known sections, and the Stortinget
 * ones agree with the Stortinget world they are looked for in.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { CHOSEN, NOT_TO_FIND } from './chosen.js';
import { stortinget } from './world/stortinget.js';

const seed = readFileSync(new URL('../../archive/2022-05-06-kom-nyhetsbrev.txt', import.meta.url), 'utf8');
const links = seed.match(/https?:\/\/\S+/g) ?? [];

describe('the chosen items of the May–June 2022 issue', () => {
  it('classify all 44 http(s) links of the issue: 37 chosen, 7 not to find', () => {
    expect(links).toHaveLength(44);
    expect(CHOSEN).toHaveLength(37);
    expect(NOT_TO_FIND).toHaveLength(7);
    const classified = [...CHOSEN.map((c) => c.url), ...NOT_TO_FIND.map((n) => n.url)];
    expect([...classified].sort()).toEqual([...links].sort());
  });

  it('name sections of sources.json', () => {
    const sections = new Set(loadConfig('sources.json').sections.map((s) => s.id));
    for (const chosen of CHOSEN) expect(sections.has(chosen.section), chosen.url).toBe(true);
  });

  it('Stortinget: every sak and question is in the world, and a representantforslag\'s Dokument 8 is the world\'s', () => {
    for (const chosen of CHOSEN.filter((c) => c.sourceId === 'stortinget')) {
      for (const url of [chosen.url, ...(chosen.sameAs ?? [])]) {
        const query = new URL(url).searchParams;
        const sak = query.get('p');
        const question = query.get('qid');
        if (sak) expect(stortinget.saker.some((s) => s.id === Number(sak)), url).toBe(true);
        if (question) expect(stortinget.sporsmal.some((q) => q.id === Number(question)), url).toBe(true);
        const dok8 = /dok8-202122-(\d{3})s\/$/.exec(url)?.[1];
        if (dok8) {
          const owner = stortinget.saker.find((s) => s.id === Number(new URL(chosen.url).searchParams.get('p')));
          expect(owner?.dok8, url).toBe(Number(dok8));
        }
      }
    }
  });
});
