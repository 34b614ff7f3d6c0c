/**
 * Lovdata's "new articles" feed, April–June 2022 (source `lovdata`): short articles on new
 * laws, regulations and changes in force. All invented in Lovdata's style, built on law changes
 * of the period that the rest of the world also shows (the akrim information-sharing
 * regulation, the asylum-centre supervision of unaccompanied minors, Ukraine rules), so that the
 * same news reaches the digest by two roads; none is what the issue links.
 */
import type { LovdataItem } from '../../../src/demo/sites/lovdata.js';
import type { Dated } from '../../world-table.js';

let id = 5100;
const article = (date: string, title: string, summary: string, onTopic = false): Dated<LovdataItem> => ({ date, id: id++, title, summary, onTopic });

export const lovdata: Dated<LovdataItem>[] = [
  article('2022-04-01', 'Endringer i utlendingsforskriften om midlertidig kollektiv beskyttelse', 'Forskriften presiserer hvem som omfattes av ordningen for fordrevne fra Ukraina.'),
  article('2022-04-06', 'Nye regler om strømstøtte til husholdninger', 'Ordningen forlenges og endres fra 1. april.'),
  article('2022-04-12', 'Endringer i smittevernforskriftene oppheves', 'De siste nasjonale smitteverntiltakene er opphevet.'),
  article('2022-04-22', 'Ny forskrift om tilskudd til frivillig arbeid med flyktninger fra Ukraina', 'Frivillige organisasjoner kan søke tilskudd til aktiviteter for fordrevne fra Ukraina.'),
  article('2022-04-29', 'Endringer i straffeprosessloven om digitale avhør', 'Endringene trer i kraft 1. mai.'),
  article('2022-05-03', 'Endringer i arbeidsmiljøloven om innleie trer i kraft', 'Nye regler begrenser innleie fra bemanningsforetak i bygg og anlegg i Oslo-området.', true),
  article('2022-05-10', 'Lovdata lanserer ny versjon av rettskildesøket', 'Søket gir bedre treff på forarbeider og rundskriv.'),
  article('2022-05-17', 'Endringer i barnevernloven: ny lov vedtatt', 'Den nye barnevernsloven trer i kraft 1. januar 2023.'),
  article('2022-05-24', 'Forskrift om norskopplæring for fordrevne fra Ukraina', 'Kommunene får plikt til å tilby opplæring i norsk til personer med kollektiv beskyttelse.'),
  article('2022-05-31', 'Endringer i skatteforvaltningsloven om informasjonsplikt', 'Plattformer får plikt til å rapportere inntekter fra utleie og tjenester.'),
  article('2022-06-03', 'Endringer i vegtrafikkloven om promillegrense for båt', 'Promillegrensen for fører av småbåt senkes.'),
  article('2022-06-10', 'Endringer i plan- og bygningsloven om kommunal arealplanlegging', 'Nye regler om digitale planregistre.'),
  article('2022-06-17', 'Endringer i utlendingsloven om statlig tilsyn med omsorgen for enslige mindreårige i asylmottak', 'Statsforvalteren blir tilsynsmyndighet for omsorgen for enslige mindreårige som bor i asylmottak.', true),
  article('2022-06-23', 'Ny forskrift om informasjonsdeling i arbeidslivskriminalitetssamarbeidet (akrim-informasjonsforskriften)', 'Forskriften regulerer deling av taushetsbelagte opplysninger og behandling av personopplysninger i det tverretatlige samarbeidet mot arbeidslivskriminalitet.', true),
  article('2022-06-28', 'Endringer i naturmangfoldloven', 'Endringene gjelder forvaltning av rovvilt.'),
  article('2022-06-30', 'Lovendringer som trer i kraft 1. juli 2022', 'Oversikt over lover og forskrifter med ikrafttredelse 1. juli.'),
];
