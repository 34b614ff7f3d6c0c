/**
 * Bufdir's news, April–June 2022 (source `bufdir`, awaiting its replica module). The issue links
 * nothing from Bufdir in this period (it mentions that Bufdir coordinated the directorates'
 * assignment on Ukrainian refugees); every item is invented in the site's style, among them that
 * assignment's report (an on-topic item the editors did not link) and Ukraine items about
 * children's services.
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const news = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<PageItem> => ({ date, slug, url: `https://www.bufdir.no/aktuelt/${slug}/`, title, summary, onTopic });

export const bufdir: Dated<PageItem>[] = [
  news('2022-04-05', 'enslige-mindrearige-fra-ukraina-omsorgssentre', 'Omsorgssentre for enslige mindreårige fra Ukraina', 'Bufetat har opprettet nye plasser for enslige mindreårige under 15 år.', true),
  news('2022-04-25', 'krisesentrene-2021', 'Krisesentertilbudet i 2021: flere brukere enn før pandemien', 'Statistikk fra krisesentrene og incestsentrene.'),
  news('2022-05-11', 'fosterhjem-kampanje-2022', 'Kampanje: Bli fosterhjem', 'Det trengs flere fosterhjem i hele landet.'),
  news('2022-05-23', 'barnevern-og-flyktningbarn', 'Barnevernets arbeid med barn på flukt fra Ukraina', 'Råd til barneverntjenestene om kartlegging og oppfølging.'),
  news('2022-06-15', 'tiltak-mot-menneskehandel-ukraina-oversikt', 'Oversikt over tiltak mot menneskehandel for flyktninger fra Ukraina', 'Direktoratene og KOM legger fram en oversikt over tiltak og anbefalte fremtidige tiltak for å redusere risikoen for utnytting av flyktninger fra Ukraina.', true),
  news('2022-06-27', 'tilskudd-fritidsaktiviteter-2023', 'Tilskudd til fritidsaktiviteter for barn og unge 2023', 'Søknadsfristen er 1. oktober.'),
];
