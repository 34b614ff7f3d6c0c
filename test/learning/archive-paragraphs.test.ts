import { describe, expect, it } from 'vitest';
import { markdownProse, readArchiveParagraphs } from '../../src/learning/archive.js';
import { htmlProse } from '../../src/learning/html-prose.js';
import { joinBrokenWords, paragraphsOfText } from '../../src/learning/archive-paragraphs.js';

describe('joinBrokenWords', () => {
  it.each([
    ['menneske-\nhandel', 'menneskehandel'],
    ['samarbeids-\naktører', 'samarbeidsaktører'],
    ['Helse- og omsorg', 'Helse- og omsorg'],
    ['Helse-\nOmsorg', 'Helse-\nOmsorg'],
    ['a-krim', 'a-krim'],
  ])('%j → %j', (text, expected) => {
    expect(joinBrokenWords(text)).toBe(expected);
  });
});

const PAGE = `Stortinget behandlet i mai et representant-
forslag fra Kristelig Folkeparti om å sikre
ureturnerbare asylsøkeres rett til å ta lønnet arbeid, se her.

Kort overskrift

https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87960
mailto:KOM.pod@politiet.no
 Riksrevisjonen la i juni fram Dokument 3:8 om myndighetenes innsats mot vold i nære relasjoner, se her for rapporten.

https://www.riksrevisjonen.no/rapporter-mappe/no-2021-2022/undersokelse/`;

describe('paragraphsOfText', () => {
  it('joins broken words, drops short blocks, and gives each paragraph the hosts of its page', () => {
    expect(paragraphsOfText(PAGE)).toEqual([
      {
        text: 'Stortinget behandlet i mai et representantforslag fra Kristelig Folkeparti om å sikre ureturnerbare asylsøkeres rett til å ta lønnet arbeid, se her.',
        hosts: ['stortinget.no'],
      },
      {
        text: 'Riksrevisjonen la i juni fram Dokument 3:8 om myndighetenes innsats mot vold i nære relasjoner, se her for rapporten.',
        hosts: ['riksrevisjonen.no'],
      },
    ]);
  });
});

describe('other formats to prose', () => {
  it('Markdown: link text stays, the URL goes after the block', () => {
    expect(markdownProse('## GRETA\n\nGRETA publiserte i mai [veiledningen om Ukraina](https://www.coe.int/x) for alle land.')).toBe(
      'GRETA\n\nGRETA publiserte i mai veiledningen om Ukraina for alle land.\n\nhttps://www.coe.int/x',
    );
  });
  it('HTML: one block per paragraph, links after it, navigation dropped', () => {
    expect(htmlProse('<nav><p>Meny</p></nav><p>Fafo lanserte i juni <a href="https://www.fafo.no/r">rapporten</a>.</p><ul><li>Punkt</li></ul>')).toBe(
      'Fafo lanserte i juni rapporten.\n\nhttps://www.fafo.no/r\n\nPunkt',
    );
  });
  it('reads the shipped archive issue into paragraphs', async () => {
    const paragraphs = await readArchiveParagraphs('archive/2022-05-06-kom-nyhetsbrev.txt');
    expect(paragraphs.length).toBeGreaterThan(40);
    const fafo = paragraphs.find((p) => p.text.startsWith('Fafo lanserte i juni rapporten'));
    expect(fafo?.hosts).toContain('fafo.no');
  });
});
