/**
 * Stortinget's web feed of representantforslag (source `stortinget-rss`): the same proposals as
 * the API's Dokument 8 saker in world/stortinget.ts, each from the day it was received, titled
 * the short way the feed does and described "Representantforslag fra stortingsrepresentantene
 * … om …" (the replica module's shape). Nothing here is evidenced beyond the API world.
 */
import type { StortingetRssItem } from '../../../src/demo/sites/stortinget-web.js';
import type { Dated } from '../../world-table.js';
import { stortinget } from './stortinget.js';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export const stortingetRss: Dated<StortingetRssItem>[] = stortinget.saker
  .filter((sak) => sak.dok8 !== undefined)
  .map((sak) => ({
    date: sak.mottatt,
    number: sak.dok8!,
    title: sak.tittel,
    from: (sak.forslagstillere ?? []).map((p) => `${p.fornavn} ${p.etternavn}`).join(' og ') || 'stortingsrepresentanter',
    summary: lowerFirst(sak.tittel.replace(/^Representantforslag om /, '')),
    onTopic: false,
  }));
