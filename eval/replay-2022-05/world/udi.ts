/**
 * UDI's news and Ukraine pages, April–June 2022 (source `udi`, awaiting its replica module).
 * Evidenced: the two pages the issue links (the page for helpers with the downloadable posters,
 * and the landing page for those exposed to violence, coercion or pressure, both made with Hdir,
 * Bufdir, POD, KOM, Kripos and PU). Their days are invented (early May), as are the other items in
 * the site's style: registration, housing and temporary collective protection, which concern
 * Ukraine but not exploitation.
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const NEWS = 'https://www.udi.no/aktuelt/';
const news = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<PageItem> => ({ date, slug, url: `${NEWS}${slug}/`, title, summary, onTopic });

export const udi: Dated<PageItem>[] = [
  news('2022-04-06', 'ny-rekord-i-antall-registrerte-fra-ukraina', 'Over 15 000 personer fra Ukraina registrert', 'UDI har behandlet over 10 000 søknader om kollektiv beskyttelse.'),
  news('2022-04-19', 'flere-akuttinnkvarteringssteder-opprettes', 'Flere akuttinnkvarteringssteder opprettes', 'UDI oppretter nye plasser for å ta imot flyktninger fra Ukraina.'),
  news('2022-04-26', 'endringer-i-reglene-for-kollektiv-beskyttelse', 'Endringer i hvem som kan få kollektiv beskyttelse', 'Regjeringen har presisert hvem som omfattes av ordningen.'),
  {
    date: '2022-05-05', slug: 'er-du-bekymret-for-en-voksen-eller-et-barn',
    url: 'https://www.udi.no/krisen-i-ukraina/myndigheter-frivillige-og-andre-samfunnsaktorer/er-du-bekymret-for-en-voksen-eller-et-barn/',
    title: 'Er du bekymret for en voksen eller et barn?', onTopic: true,
    summary: 'Informasjon til frivillige og ansatte som møter flyktninger fra Ukraina som kan være utsatt for vold, overgrep eller utnytting, med nedlastbare informasjonsplakater.',
  },
  {
    date: '2022-05-05', slug: 'opplever-du-vold-tvang-eller-press',
    url: 'https://www.udi.no/krisen-i-ukraina/vare-i-norge/vanlige-sporsmal-og-svar/opplever-du-vold-tvang-eller-press/',
    title: 'Opplever du vold, tvang eller press?', onTopic: true,
    summary: 'Hvis du blir utsatt for vold, overgrep eller utnytting, kan du få hjelp. Her finner du hjelpetelefoner og kontaktpunkter.',
  },
  news('2022-05-18', 'saksbehandlingstid-for-familieinnvandring', 'Lengre saksbehandlingstid for familieinnvandring', 'Ukraina-krisen påvirker saksbehandlingstiden i andre saker.'),
  news('2022-06-02', 'asylmottak-legges-ned-etter-sommeren', 'Avvikling av midlertidige mottaksplasser', 'UDI avvikler plasser som ikke lenger trengs.'),
  news('2022-06-21', 'statistikk-for-juni-ukraina', 'Statistikk: søknader om beskyttelse fra ukrainske borgere i juni', 'Antallet nye søknader går ned.'),
];
