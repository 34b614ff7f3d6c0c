/**
 * osce.org publications under "Combating trafficking in human beings", April–June 2022 (source
 * `osce-publications`). All invented in the site's style (no publication of the period is
 * linked by the issue); node numbers follow the press releases' numbering in time.
 */
import type { OsceItem } from '../../../src/demo/sites/osce.js';
import type { Dated } from '../../world-table.js';

export const oscePublications: Dated<OsceItem>[] = [
  { date: '2022-04-07', node: '/cthb/515330', onTopic: true, title: 'Recommendations on enhancing efforts to identify and mitigate risks of trafficking in human beings online as a result of the humanitarian crisis in Ukraine', summary: 'Recommendations for participating States and online platforms on monitoring and reacting to exploitative job and housing offers.' },
  { date: '2022-04-28', node: '/secretariat/516610', onTopic: false, title: 'OSCE Guidebook on Intelligence-Led Policing (second edition)', summary: 'Guidance for police services on collecting and using criminal intelligence, including against drug and firearms trafficking.' },
  { date: '2022-05-12', node: '/cthb/517950', onTopic: true, title: 'Annual Report of the OSCE Special Representative and Co-ordinator for Combating Trafficking in Human Beings 2021', summary: 'An overview of the Office’s country visits, capacity-building and policy work in 2021.' },
  { date: '2022-05-27', node: '/odihr/519210', onTopic: false, title: 'Guidelines on the Protection of Human Rights Defenders (updated)', summary: 'ODIHR guidelines for States on the protection of human rights defenders.' },
  { date: '2022-06-09', node: '/cthb/519720', onTopic: true, title: 'Ensuring Victim-Centred Investigations of Trafficking in Human Beings: Handbook for Law Enforcement', summary: 'Practical guidance on interviewing, protecting and supporting victims during criminal investigations.' },
  { date: '2022-06-24', node: '/cthb/520230', onTopic: true, title: 'Leaflet for people fleeing Ukraine: how to stay safe from traffickers (Ukrainian, Russian, English)', summary: 'Information on warning signs of exploitative offers and on hotlines in host countries.' },
];
