/**
 * DG Migration and Home Affairs' news feed, April–June 2022 (source `eu-home-affairs`).
 * Evidenced: the Common Anti-Trafficking Plan for those fleeing the war in Ukraine, published 11
 * May 2022 (date and slug from the URL the issue links; Diane Schmitt as EU Anti-Trafficking
 * Coordinator from the issue; the EU's OSCE statement of 28 July 2022 names the plan). Other
 * items are invented in the feed's style, among them near misses: drug and firearms
 * trafficking, migrant smuggling, Ukraine items about temporary protection and solidarity that
 * are not about exploitation. The site's own URL scheme is `/news/<slug>-<date>_en`.
 */
import type { EuItem } from '../../../src/demo/sites/eu.js';
import type { Dated } from '../../world-table.js';

let nid = 41200;
const news = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<EuItem> => ({ date, slug: `${slug}-${date}`, nid: nid++, title, summary, onTopic });

export const euHomeAffairs: Dated<EuItem>[] = [
  news('2022-04-01', 'ukraine-eu-platform-registration-temporary-protection', 'Ukraine: Commission launches platform for registration of people enjoying temporary protection', 'The platform allows Member States to exchange information on beneficiaries of temporary protection.'),
  news('2022-04-05', 'eu-drugs-agency-mandate-agreement', 'Council and Parliament agree on stronger mandate for the EU Drugs Agency', 'The agency will monitor drug markets and help Member States fight drug trafficking.'),
  news('2022-04-08', 'stand-up-for-ukraine-pledging', 'Stand Up for Ukraine: €9.1 billion pledged for people fleeing the war', 'The pledging event raised funds for refugees and internally displaced people.'),
  news('2022-04-13', 'security-union-progress-report', 'Security Union: Commission reports on progress in fighting organised crime', 'The report covers firearms trafficking, cybercrime and the protection of critical infrastructure.'),
  news('2022-04-22', 'schengen-report-2022', 'State of Schengen Report 2022', 'The first annual report on the state of the Schengen area sets priorities for the coming year.'),
  news('2022-04-27', 'legal-migration-package-talent-pool', 'Legal migration: Commission proposes an EU Talent Pool', 'The package aims to attract skills and talent to the EU and includes measures against labour exploitation of third-country workers.', true),
  news('2022-05-04', 'eu-internet-forum-child-sexual-abuse', 'Commission proposes new rules to fight child sexual abuse online', 'Providers will have to detect, report and remove child sexual abuse material.'),
  news('2022-05-11', 'new-anti-trafficking-plan-protect-people-fleeing-war-ukraine', 'New Anti-Trafficking Plan to protect people fleeing the war in Ukraine', 'A Common Anti-Trafficking Plan to address the risks of trafficking in human beings and support potential victims among those fleeing the war in Ukraine, developed by the EU Anti-Trafficking Coordinator with EU agencies and Member States.', true),
  news('2022-05-18', 'firearms-trafficking-action-plan-ukraine', 'Firearms trafficking: EU Support Hub for internal security in Moldova', 'The hub will help prevent the trafficking of firearms and other illicit goods across the border with Ukraine.'),
  news('2022-05-24', 'migrant-smuggling-operational-partnership-niger', 'Migrant smuggling: EU and Niger launch operational partnership', 'The partnership targets smuggling networks along the Central Mediterranean route.'),
  news('2022-05-31', 'solidarity-platform-ukraine-update', 'Solidarity Platform: transfers of people fleeing Ukraine to Member States with capacity', 'Member States have received over 40,000 people through the platform.'),
  news('2022-06-07', 'european-drug-report-2022', 'European Drug Report 2022: cocaine trafficking at record levels', 'Record seizures of cocaine in European ports show the growing threat of drug trafficking networks.'),
  news('2022-06-10', 'justice-home-affairs-council-june', 'Justice and Home Affairs Council: ministers agree on a gradual approach to the Pact on Migration and Asylum', 'Ministers reached agreement on screening and Eurodac and a voluntary solidarity mechanism.'),
  news('2022-06-20', 'world-refugee-day-2022', 'World Refugee Day: joint statement', 'The EU reiterates its commitment to protecting those who flee war and persecution.'),
  news('2022-06-29', 'temporary-protection-four-months', 'Four months of temporary protection: 4 million people registered', 'The Commission takes stock of the implementation of the Temporary Protection Directive.'),
];
