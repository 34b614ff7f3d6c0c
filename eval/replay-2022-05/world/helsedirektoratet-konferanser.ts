/**
 * Helsedirektoratet's conference and webinar pages, April–June 2022 (source
 * `helsedirektoratet-konferanser`, awaiting its replica module). Evidenced: the webinar of 12 May
 * 2022 on the risk of exploitation and trafficking, with its recording (the issue links the page;
 * KOM contributed). The day its page was published is not known: set to early May, after the
 * baseline (a page announced in April would have been seen before the period). The other pages
 * are invented in the site's style.
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const PAGE = 'https://www.helsedirektoratet.no/konferanser/';
const page = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<PageItem> => ({ date, slug, url: `${PAGE}${slug}`, title, summary, onTopic });

export const helsedirektoratetKonferanser: Dated<PageItem>[] = [
  page('2022-04-11', 'nasjonal-konferanse-om-rusfeltet-2022', 'Nasjonal konferanse om rusfeltet 2022', 'Konferansen samler kommuner, helseforetak og brukerorganisasjoner.'),
  page('2022-05-03', 'risiko-for-utnytting-og-menneskehandel', 'Webinar: Risiko for utnytting og menneskehandel', 'Webinar 12. mai for kommunalt ansatte om risiko for utnytting og menneskehandel blant flyktninger fra Ukraina. Opptaket legges ut etter webinaret.', true),
  page('2022-05-16', 'webinar-helsehjelp-til-flyktninger-fra-ukraina', 'Webinar: Helsehjelp til flyktninger fra Ukraina', 'Om helseundersøkelse, smittevern og psykisk helse for nyankomne.'),
  page('2022-06-07', 'fagdag-vold-og-overgrep-2022', 'Fagdag om vold og overgrep i nære relasjoner', 'Fagdag for ansatte i helse- og omsorgstjenesten.'),
];
