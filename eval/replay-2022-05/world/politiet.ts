/**
 * politiet.no news and service pages, April–June 2022 (source `politiet`, awaiting its replica
 * module). Evidenced: the information videos for Ukrainian refugees (the issue links the page)
 * and the news story of 30 June 2022 on KOM's report (the issue links it; KOM's own, not a chosen
 * item). The day of the videos page is invented (May), as are the other items, in the style of
 * the police's national and district news: drug and firearms seizures (near misses), traffic,
 * fraud warnings, and Ukraine registration news that is not about exploitation.
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const NEWS = 'https://www.politiet.no/aktuelt-tall-og-fakta/aktuelt/nyheter/';
const news = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<PageItem> => ({
  date, slug, url: `${NEWS}${date.replaceAll('-', '/')}/${slug}/`, title, summary, onTopic,
});

export const politiet: Dated<PageItem>[] = [
  news('2022-04-04', 'registrering-av-flyktninger-fra-ukraina-i-rade', 'Registrering av flyktninger fra Ukraina flyttes til Råde', 'Nasjonalt ankomstsenter i Råde tar over registreringen fra Østlandet.'),
  news('2022-04-08', 'stort-kokainbeslag-i-oslo-havn', 'Stort kokainbeslag i Oslo havn', 'Politiet og Tolletaten beslagla 80 kilo kokain i en container fra Sør-Amerika.'),
  news('2022-04-20', 'advarsel-mot-falske-politifolk-pa-telefon', 'Advarsel mot falske politifolk på telefon', 'Svindlere utgir seg for å være politi og ber eldre om bankopplysninger.'),
  news('2022-04-27', 'vapenamnesti-2022', 'Våpenamnesti: lever inn ulovlige våpen uten straff', 'Fra 1. mai kan ulovlige skytevåpen leveres inn til politiet uten straffeansvar.'),
  news('2022-05-06', 'aksjon-mot-narkotikasalg-i-bergen-sentrum', 'Aksjon mot narkotikasalg i Bergen sentrum', 'Åtte personer ble pågrepet for salg av narkotika.'),
  news('2022-05-12', 'ta-kontakt-hvis-du-blir-utnyttet', 'Ukrainske flyktninger: ta kontakt hvis noen utnytter deg', 'Politiet ber flyktninger som opplever tvang, press eller utnytting om å kontakte politiet eller hjelpetelefonene.', true),
  // The information-videos page the issue links is a service page under /tjenester/, not news (not watchable).
  news('2022-05-24', '17-mai-feiringen-rolig-i-hele-landet', '17. mai-feiringen forløp rolig', 'Politiet melder om en rolig nasjonaldag i hele landet.'),
  news('2022-06-01', 'smuglervapen-beslaglagt-pa-e6', 'Smuglede våpen beslaglagt på E6', 'Tolletaten og politiet fant seks pistoler skjult i en varebil.'),
  news('2022-06-10', 'trafikkontroller-i-sommer', 'Politiet varsler flere trafikkontroller i sommer', 'Fart, rus og mobilbruk blir prioritert.'),
  news('2022-06-17', 'nytt-pass-for-sommerferien', 'Søk pass i god tid før sommerferien', 'Ventetiden på passtimer er lang i flere politidistrikter.'),
  news('2022-06-30', 'menneskehandel-er-et-fagfelt-med-sarlige-forpliktelser-til-samarbeid', 'Menneskehandel er et fagfelt med særlige forpliktelser til samarbeid', 'Koordineringsenheten for ofre for menneskehandel (KOM) har publisert sin årlige tilstandsrapport.', true),
];
