/**
 * Lovdata's "new judgments" feed, April–June 2022 (source `lovdata-dommer`, awaiting its replica
 * module). All invented in the style of the feed (court, case number, area, keywords), with near
 * misses: drug smuggling, migrant smuggling ("menneskesmugling"), sexual abuse of children. No
 * judgment on trafficking was given in the first third of 2022 (the issue: "Pr. 1. tertial i 2022
 * var det ikke avsagt dommer om menneskehandel"); the two the issue mentions are from 2020 and
 * 2021 and are not in this window (chosen.ts marks them not watchable).
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const judgment = (date: string, court: 'HR' | 'LB' | 'LG' | 'LE' | 'LA' | 'LF' | 'TOSLO' | 'TBERG', number: string, title: string, summary: string, onTopic = false): Dated<PageItem> => {
  const id = `${court}-2022-${number}`;
  const base = court.startsWith('T') ? 'TRSTR' : court === 'HR' ? 'HRSTR' : 'LBSTR';
  return { date, slug: id.toLowerCase(), url: `https://lovdata.no/pro/#document/${base}/avgjorelse/${id.toLowerCase()}`, title: `${id} – ${title}`, summary, onTopic };
};

export const lovdataDommer: Dated<PageItem>[] = [
  judgment('2022-04-05', 'HR', '712-A', 'Straffeutmåling – grov narkotikaforbrytelse', 'Høyesterett fastsatte straffen for innførsel av 12 kilo kokain gjennom Oslo havn.'),
  judgment('2022-04-08', 'LB', '31877', 'Arbeidsrett – usaklig oppsigelse', 'Lagmannsretten kom til at oppsigelsen av en lagermedarbeider var usaklig.'),
  judgment('2022-04-13', 'TOSLO', '48213', 'Menneskesmugling – utlendingsloven § 108', 'Tiltalte ble dømt for å ha hjulpet åtte personer ulovlig inn i Schengen-området mot betaling.'),
  judgment('2022-04-21', 'LG', '40215', 'Seksuell omgang med barn under 14 år', 'Lagmannsretten skjerpet straffen etter anke fra påtalemyndigheten.'),
  judgment('2022-04-27', 'HR', '850-A', 'Erstatning – pasientskade', 'Spørsmål om årsakssammenheng ved forsinket diagnose.'),
  judgment('2022-05-04', 'LE', '55120', 'Grov utnyttelse av arbeidskraft? Lønnstyveri – straffeloven § 327', 'Lagmannsretten dømte en daglig leder for grovt bedrageri overfor ansatte, men ikke for tvangsarbeid.', true),
  judgment('2022-05-11', 'TBERG', '62210', 'Narkotikasmugling – innførsel med bil via Storskog', 'Tiltalte ble dømt for innførsel av amfetamin.'),
  judgment('2022-05-18', 'LB', '60771', 'Utlendingsrett – utvisning og barnets beste', 'Vedtak om utvisning av en far til tre barn ble kjent ugyldig.'),
  judgment('2022-05-25', 'HR', '1021-A', 'Straffeprosess – varetektsfengsling ved unndragelsesfare', 'Høyesterett kom til at vilkårene for fortsatt varetekt var oppfylt.'),
  judgment('2022-06-01', 'LA', '70114', 'Hallikvirksomhet – straffeloven § 315', 'Tiltalte ble dømt for å ha fremmet prostitusjon ved utleie av leiligheter.', true),
  judgment('2022-06-08', 'LF', '71902', 'Skatterett – arbeidsgiveravgift for utenlandske arbeidstakere', 'Saken gjaldt skatteplikt for innleide arbeidstakere fra Litauen.'),
  judgment('2022-06-15', 'TOSLO', '88104', 'Seksuell utnyttelse av barn over internett', 'Tiltalte ble dømt for å ha fått barn til å utføre seksuelle handlinger via webkamera.'),
  judgment('2022-06-22', 'HR', '1240-A', 'Arbeidsrett – fast ansettelse i bemanningsforetak', 'Høyesterett tok stilling til når en innleid arbeidstaker har krav på fast ansettelse.'),
  judgment('2022-06-29', 'LB', '90233', 'Grovt heleri og hvitvasking', 'Lagmannsretten stadfestet dommen mot to brødre for hvitvasking av utbytte fra narkotikasalg.'),
];
