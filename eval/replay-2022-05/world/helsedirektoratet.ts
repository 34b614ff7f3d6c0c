/**
 * Helsedirektoratet's news feed, April–June 2022 (source `helsedirektoratet`). All invented in
 * the directorate's style (guidelines, statistics, campaigns), with Ukraine health items that
 * are not about exploitation. Its conference pages, where the webinar lives, are
 * another source (helsedirektoratet-konferanser.ts).
 */
import type { TableItem } from '../../../src/demo/sites/common.js';
import type { Dated } from '../../world-table.js';

const news = (date: string, title: string, summary: string, onTopic = false): Dated<TableItem> => ({ date, title, summary, onTopic });

export const helsedirektoratet: Dated<TableItem>[] = [
  news('2022-04-01', 'Helsetilbud til flyktninger fra Ukraina: råd til kommunene', 'Kommunene bør tilby helseundersøkelse, vaksinasjon og oppfølging av psykisk helse.'),
  news('2022-04-08', 'Tall for fastlegeordningen første kvartal', 'Andelen innbyggere uten fastlege har økt.'),
  news('2022-04-21', 'Ny nasjonal faglig retningslinje for tidlig oppdagelse av kreft', 'Retningslinjen gir råd om pakkeforløp og henvisning.'),
  news('2022-04-28', 'Vaksinasjon av barn fra Ukraina', 'Barn som kommer fra Ukraina skal tilbys vaksiner etter barnevaksinasjonsprogrammet.'),
  news('2022-05-05', 'Kartlegging av rusmiddelbruk blant unge voksne', 'Bruken av cannabis har økt blant unge menn i storbyene.'),
  news('2022-05-12', 'Tilskudd til tiltak for personer utsatt for vold og seksuelle overgrep', 'Organisasjoner kan søke midler til hjelpetiltak for voldsutsatte.', true),
  news('2022-05-19', 'Nye kostråd for eldre', 'Rådene skal forebygge underernæring hos eldre som bor hjemme.'),
  news('2022-05-30', 'Psykisk helsehjelp til flyktninger: veileder for kommunene', 'Veilederen beskriver traumebevisst omsorg og når det bør henvises videre.'),
  news('2022-06-02', 'Helsestatistikk: ventetider i spesialisthelsetjenesten', 'Gjennomsnittlig ventetid var 58 dager i mai.'),
  news('2022-06-14', 'Kampanje om sommer og rus: «Ta vare på hverandre»', 'Kampanjen retter seg mot unge på festivaler.'),
  news('2022-06-21', 'Tilskudd til helsetjenester for papirløse migranter', 'Helsesentre for papirløse i Oslo og Bergen får videreført tilskuddet.', true),
  news('2022-06-28', 'Oppdatert veileder om helsehjelp til personer uten lovlig opphold', 'Veilederen klargjør retten til øyeblikkelig hjelp og helsehjelp som ikke kan vente.'),
];
