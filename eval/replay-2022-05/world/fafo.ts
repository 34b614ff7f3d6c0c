/**
 * Fafo's reports and notes, April–June 2022 (source `fafo`). Evidenced: the two reports the issue
 * links (URLs as linked, without the category segment; "Grov utnytting av utenlandske
 * arbeidstakere", Fafo-rapport 2022:14, launched in June; the second Jeg Vet report in May) and
 * Anette Brunovskis as a Fafo researcher on trafficking (the issue). Other titles, numbers,
 * authors and days are invented in Fafo's style and themes (labour market, wages, welfare,
 * integration), with near misses: Ukrainian refugees in the labour market without exploitation,
 * social dumping in a trade.
 */
import type { FafoItem } from '../../../src/demo/sites/fafo.js';
import type { Dated } from '../../world-table.js';

type Report = Dated<FafoItem>;
const report = (date: string, number: number, title: string, slug: string, authors: string, summary: string, extra: Partial<Report> = {}): Report => ({
  date, title, slug, authors, summary, number, lang: 'no', series: 'Fafo-rapport', orderingId: 10700 + number, onTopic: false, ...extra,
});
const note = (date: string, number: number, title: string, slug: string, authors: string, summary: string): Report =>
  report(date, number, title, slug, authors, summary, { series: 'Fafo-notat', orderingId: 10800 + number });

export const fafo: Report[] = [
  report('2022-04-05', 7, 'Lønns- og arbeidsvilkår i hotell- og restaurantbransjen', 'lonns-og-arbeidsvilkar-i-hotell-og-restaurantbransjen', 'Kristin Alsos, Anne Mette Ødegård', 'Rapporten kartlegger lønnsnivå, arbeidstid og bruk av deltid etter pandemien.'),
  note('2022-04-07', 6, 'Tariffoppgjøret 2022: frontfag og lønnsglidning', 'tariffoppgjoret-2022', 'Kristine Nergaard', 'Notatet oppsummerer forhandlingene i frontfaget og forventet lønnsvekst.'),
  report('2022-04-19', 8, 'Kommunenes arbeid med bosetting av flyktninger', 'kommunenes-arbeid-med-bosetting-av-flyktninger', 'Guri Tyldum, Anne Britt Djuve', 'Hvordan planlegger og gjennomfører kommunene bosetting, og hva skjer når ankomstene øker raskt?'),
  report('2022-04-26', 9, 'Seniorpolitikk i staten', 'seniorpolitikk-i-staten', 'Tove Midtsundstad, Roy A. Nielsen', 'En undersøkelse av virkemidler for å beholde eldre arbeidstakere i statlige virksomheter.'),
  note('2022-04-29', 7, 'Organisasjonsgrad og tariffavtaledekning 2020', 'organisasjonsgrad-og-tariffavtaledekning-2020', 'Kristine Nergaard', 'Oppdaterte tall for organisasjonsgrad blant arbeidstakere og tariffavtaledekning.'),
  report('2022-05-04', 10, 'Ukrainske flyktninger i arbeidsmarkedet: erfaringer fra de første månedene', 'ukrainske-flyktninger-i-arbeidsmarkedet', 'Jon Horgen Friberg, Line Eldring', 'Rapporten beskriver hvordan de første flyktningene fra Ukraina har kommet i arbeid, og hvilke hindringer arbeidsgivere og kommuner møter.', { onTopic: false }),
  report('2022-05-10', 11, 'Sosial dumping i godstransport på vei', 'sosial-dumping-i-godstransport-pa-vei', 'Kristin Alsos, Sissel C. Trygstad', 'Kabotasje, lønn under allmenngjort minstelønn og lange arbeidsøkter blant utenlandske sjåfører.', { onTopic: false }),
  report('2022-05-19', 12, 'Implementeringsarbeidet i Jeg Vet og Snakkemedbarn.no', 'implementeringsarbeidet-i-jeg-vet-og-snakkemedbarn-no', 'Silje Sønsterudbråten, Anne Hege Strand', 'Andre delrapport fra evalueringen av Bufdirs digitale læringsverktøy om vold og overgrep mot barn.', { flat: true, onTopic: true }),
  report('2022-05-24', 13, 'Arbeidsmiljø og sykefravær i barnehagene', 'arbeidsmiljo-og-sykefravaer-i-barnehagene', 'Sissel C. Trygstad, Åsmund Hermansen', 'Hva kjennetegner barnehager med lavt sykefravær?'),
  note('2022-05-31', 8, 'Innleie fra bemanningsforetak etter innstrammingene', 'innleie-fra-bemanningsforetak', 'Kristin Alsos, Line Eldring', 'Notatet ser på de første erfaringene med nye regler for innleie i bygg og anlegg.'),
  report('2022-06-15', 14, 'Grov utnytting av utenlandske arbeidstakere. Gråsonen mellom det regulære arbeidslivet og menneskehandel', 'grov-utnytting-av-utenlandske-arbeidstakere', 'Anette Brunovskis, Anne Mette Ødegård', 'Rapporten tar utgangspunkt i Kirkens Bymisjons arbeid med grovt utnyttede arbeidstakere og beskriver regelverk, hjelpeapparat og hindringer for å ta opp kampen mot arbeidsgiverne.', { flat: true, onTopic: true }),
  report('2022-06-16', 15, 'Lokale lønnsforhandlinger i kommunesektoren', 'lokale-lonnsforhandlinger-i-kommunesektoren', 'Torgeir Nyen, Anna Hagen Tønder', 'En studie av hvordan lokale lønnsforhandlinger gjennomføres i kommunene.'),
  report('2022-06-21', 16, 'Inkluderingsdugnaden: evaluering av statlige virksomheters innsats', 'inkluderingsdugnaden-evaluering', 'Jon Rogstad, Anne Skevik Grødem', 'Har staten lykkes med å ansette flere med nedsatt funksjonsevne eller hull i CV-en?'),
  report('2022-06-28', 17, 'Child labour in global supply chains: the role of Norwegian businesses', 'child-labour-in-global-supply-chains', 'Tone Fløtten, Jon Pedersen', 'A study of how Norwegian companies map and follow up the risk of child labour among suppliers.', { lang: 'en', onTopic: false }),
  note('2022-06-30', 9, 'Frontfagsmodellen under press?', 'frontfagsmodellen-under-press', 'Kristine Nergaard, Torgeir Aarvaag Stokke', 'Notatet drøfter frontfagsmodellens rolle i en tid med høy prisvekst.'),
];
