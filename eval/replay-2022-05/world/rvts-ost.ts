/**
 * RVTS Øst's menneskertilsalgs.no: webinars and resources, April–June 2022 (source `rvts-ost`,
 * awaiting its replica module). Evidenced: the webinar of 20 April 2022 on exploitation of
 * vulnerable people, with a focus on Ukrainian refugees (the issue links its recording). The
 * day the recording was posted is not known: set to 2 May, after the baseline. Other resources
 * are invented in the site's style.
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const resource = (date: string, path: string, title: string, summary: string, onTopic = true): Dated<PageItem> => ({
  date, slug: path.split('/').filter(Boolean).at(-1)!, url: `https://menneskertilsalgs.no/ressurser/${path}/`, title, summary, onTopic,
});

export const rvtsOst: Dated<PageItem>[] = [
  resource('2022-04-11', 'artikler/tegn-pa-menneskehandel-veileder-for-kommuner', 'Tegn på menneskehandel – veileder for kommunalt ansatte', 'Indikatorer og råd om hva man gjør ved mistanke om menneskehandel.'),
  resource('2022-05-02', 'webinarer/utnyttelse-av-ukrainske-flyktninger-20-04-22', 'Opptak: Utnyttelse av sårbare personer – ukrainske flyktninger (webinar 20.04.22)', 'Opptak av webinaret om risiko for utnyttelse av sårbare personer, med særskilt fokus på ukrainske flyktninger.'),
  resource('2022-05-30', 'webinarer/traumebevisst-omsorg-for-enslige-mindrearige', 'Webinar: Traumebevisst omsorg for enslige mindreårige', 'Om oppfølging av enslige mindreårige i mottak og omsorgssentre.'),
  resource('2022-06-20', 'artikler/sommerstengt', 'Sommerstengt – vi er tilbake i august', 'Nettstedet oppdateres ikke i fellesferien.', false),
];
