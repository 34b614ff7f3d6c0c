/**
 * UDI's news and Ukraine pages, April–June 2022 (source `udi`, awaiting its replica module).
 * The two pages the issue links (the page for helpers with the downloadable posters, and the
 * landing page for those exposed to violence, coercion or pressure) are service pages, not news,
 * and are not listed here. The items are invented in the site's style: registration, housing
 * and temporary collective protection, which concern Ukraine but not exploitation.
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const NEWS = 'https://www.udi.no/aktuelt/';
const news = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<PageItem> => ({ date, slug, url: `${NEWS}${slug}/`, title, summary, onTopic });

export const udi: Dated<PageItem>[] = [
  news('2022-04-06', 'ny-rekord-i-antall-registrerte-fra-ukraina', 'Over 15 000 personer fra Ukraina registrert', 'UDI har behandlet over 10 000 søknader om kollektiv beskyttelse.'),
  news('2022-04-19', 'flere-akuttinnkvarteringssteder-opprettes', 'Flere akuttinnkvarteringssteder opprettes', 'UDI oppretter nye plasser for å ta imot flyktninger fra Ukraina.'),
  news('2022-04-26', 'endringer-i-reglene-for-kollektiv-beskyttelse', 'Endringer i hvem som kan få kollektiv beskyttelse', 'Regjeringen har presisert hvem som omfattes av ordningen.'),
  // The two pages the issue links are standing service pages under /krisen-i-ukraina/, not news:
  // the listing the source watches never shows them (chosen.ts marks them not watchable).
  news('2022-05-18', 'saksbehandlingstid-for-familieinnvandring', 'Lengre saksbehandlingstid for familieinnvandring', 'Ukraina-krisen påvirker saksbehandlingstiden i andre saker.'),
  news('2022-06-02', 'asylmottak-legges-ned-etter-sommeren', 'Avvikling av midlertidige mottaksplasser', 'UDI avvikler plasser som ikke lenger trengs.'),
  news('2022-06-21', 'statistikk-for-juni-ukraina', 'Statistikk: søknader om beskyttelse fra ukrainske borgere i juni', 'Antallet nye søknader går ned.'),
];
