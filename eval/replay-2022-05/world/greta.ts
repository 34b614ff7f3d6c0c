/**
 * coe.int's anti-trafficking news, April–June 2022 (source `greta`). Evidenced: the six items
 * the issue links (URLs, and the Norway report's date, 8 June 2022, from the issue); the
 * Committee of the Parties' 30th meeting on 17 June 2022 with recommendations on Armenia, Bosnia
 * and Herzegovina, France, Latvia, Norway and Portugal, and GRETA's 11th General Report, both
 * from the Council of Europe's anti-trafficking newsletter for May–August 2022. Other dates and
 * the other items are invented in the site's style. Items linked the long asset_publisher way
 * are linked so on the listing the editors copied them from (see chosen.ts).
 */
import type { CoeItem } from '../../../src/demo/sites/coe.js';
import type { Dated } from '../../world-table.js';

const S = 'Strasbourg';

export const greta: Dated<CoeItem>[] = [
  {
    date: '2022-04-04', title: 'GRETA and the Committee of the Parties: joint statement on the risks of trafficking for people fleeing Ukraine',
    slug: 'joint-statement-on-the-risks-of-trafficking-for-people-fleeing-ukraine', place: S, langs: ['EN', 'FR', 'UK', 'RU'], onTopic: true,
    summary: 'GRETA and the Committee of the Parties call on States to take measures to prevent human trafficking and exploitation of people fleeing the armed conflict in Ukraine, most of whom are women and children.',
  },
  {
    date: '2022-04-08', title: 'GRETA carries out evaluation visit to Albania', slug: 'greta-carries-out-evaluation-visit-to-albania', place: 'Tirana', langs: ['EN', 'FR'], onTopic: true,
    summary: 'A delegation of GRETA visited Albania as part of the third evaluation round, focusing on access to justice and effective remedies for victims of trafficking.',
  },
  {
    date: '2022-04-12', title: 'GRETA publishes its third report on Latvia', slug: 'greta-publishes-its-third-report-on-latvia', place: S, langs: ['EN', 'FR'], onTopic: true, assetPublisherLink: true,
    summary: 'GRETA urges the Latvian authorities to ensure that victims of trafficking have effective access to compensation and to improve the identification of victims of trafficking for labour exploitation.',
  },
  {
    date: '2022-04-21', title: 'HELP course on labour exploitation and trafficking launched in Serbia', slug: 'help-course-on-labour-exploitation-launched-in-serbia', place: 'Belgrade', langs: ['EN'], onTopic: true,
    summary: 'Judges, prosecutors and labour inspectors started the Council of Europe HELP online course on trafficking in human beings for the purpose of labour exploitation.',
  },
  {
    date: '2022-04-26', title: 'Ministers’ Deputies discuss the Council of Europe Action Plan for Ukraine', slug: 'ministers-deputies-discuss-the-action-plan-for-ukraine', place: S, langs: ['EN', 'FR'], onTopic: false,
    summary: 'The Committee of Ministers’ Deputies held an exchange of views on adapting co-operation with Ukraine to the situation created by the war.',
  },
  {
    date: '2022-05-05', title: 'GRETA issues Guidance Note on addressing the risks of trafficking in human beings related to the war in Ukraine',
    slug: 'greta-issues-guidance-note-on-addressing-the-risks-of-trafficking-in-human-beings-related-to-the-war-in-ukraine-and-the-ensuing-humanitarian-crisis',
    place: S, langs: ['EN', 'FR', 'UK', 'RU'], onTopic: true,
    summary: 'The Guidance Note assists States Parties in preventing trafficking of people fleeing the war in Ukraine and the ensuing humanitarian crisis, and in identifying and protecting victims.',
  },
  {
    date: '2022-05-10', title: 'GRETA publishes its 11th General Report', slug: 'greta-publishes-its-11th-general-report', place: S, langs: ['EN', 'FR'], onTopic: true,
    summary: 'In addition to detailing GRETA’s activities in 2021, the report zooms in on the impact of information and communication technology on trafficking in human beings.',
  },
  {
    date: '2022-05-16', title: 'Council of Europe Ministers meet in Turin', slug: 'council-of-europe-ministers-meet-in-turin', place: 'Turin', langs: ['EN', 'FR', 'IT'], onTopic: false,
    summary: 'The 132nd Session of the Committee of Ministers focused on the consequences of the aggression of the Russian Federation against Ukraine.',
  },
  {
    date: '2022-05-24', title: 'GRETA publishes its third report on Armenia', slug: 'greta-publishes-its-third-report-on-armenia', place: S, langs: ['EN', 'FR'], onTopic: true, assetPublisherLink: true,
    summary: 'GRETA calls on the Armenian authorities to ensure that victims of trafficking have access to free legal aid and compensation, and to step up the identification of victims among migrant workers.',
  },
  {
    date: '2022-05-25', title: 'Webinar on addressing the risks of human trafficking related to the war in Ukraine: what responses are needed?',
    slug: 'webinar-on-addressing-the-risks-of-human-trafficking-related-to-the-war-in-ukraine-what-responses-are-needed-', place: 'Online', langs: ['EN'], onTopic: true, assetPublisherLink: true,
    summary: 'The webinar brought together national anti-trafficking co-ordinators, NGOs and international organisations to discuss the responses needed to protect people fleeing the war in Ukraine.',
  },
  {
    date: '2022-05-30', title: 'GRETA carries out evaluation visit to the Czech Republic', slug: 'greta-carries-out-evaluation-visit-to-the-czech-republic', place: 'Prague', langs: ['EN', 'FR'], onTopic: true,
    summary: 'The visit focused on the implementation of GRETA’s previous recommendations and on trafficking for labour exploitation.',
  },
  {
    date: '2022-06-02', title: 'GRETA publishes its third report on Bosnia and Herzegovina', slug: 'greta-publishes-its-third-report-on-bosnia-and-herzegovina', place: S, langs: ['EN', 'FR'], onTopic: true, assetPublisherLink: true,
    summary: 'GRETA urges the authorities of Bosnia and Herzegovina to ensure that child victims of trafficking, including Roma children forced to beg, are identified and assisted.',
  },
  {
    date: '2022-06-03', title: 'Regional conference on preventing trafficking for labour exploitation in the Western Balkans', slug: 'regional-conference-on-preventing-trafficking-for-labour-exploitation-in-the-western-balkans', place: 'Sarajevo', langs: ['EN'], onTopic: true,
    summary: 'The conference discussed the draft Committee of Ministers recommendation on preventing and combating trafficking for the purpose of labour exploitation.',
  },
  {
    date: '2022-06-08', title: 'GRETA publishes its third report on Norway', slug: 'greta-publishes-its-third-report-on-norway', place: S, langs: ['EN', 'FR', 'NO'], onTopic: true, assetPublisherLink: true,
    summary: 'GRETA urges the Norwegian authorities to improve the identification of victims of trafficking, to ensure effective access to compensation and to make sure that victims are not punished for offences they were compelled to commit.',
  },
  {
    date: '2022-06-10', title: 'GRETA publishes its third report on Portugal', slug: 'greta-publishes-its-third-report-on-portugal', place: S, langs: ['EN', 'FR', 'PT'], onTopic: true, assetPublisherLink: true,
    summary: 'GRETA urges the Portuguese authorities to improve trafficking victims’ access to legal aid and to guarantee their effective access to compensation.',
  },
  {
    date: '2022-06-14', title: 'Training for labour inspectors on identifying victims of trafficking in Georgia', slug: 'training-for-labour-inspectors-in-georgia', place: 'Tbilisi', langs: ['EN'], onTopic: true,
    summary: 'Labour inspectors took part in a training on detecting indicators of forced labour and referring presumed victims.',
  },
  {
    date: '2022-06-17', title: '30th meeting of the Committee of the Parties', slug: '30th-meeting-of-the-committee-of-the-parties', place: S, langs: ['EN', 'FR'], onTopic: true,
    summary: 'The Committee adopted recommendations addressed to the authorities of Armenia, Bosnia and Herzegovina, France, Latvia, Norway and Portugal, based on GRETA’s third round evaluation reports.',
  },
  {
    date: '2022-06-20', title: 'GRETA carries out evaluation visit to San Marino', slug: 'greta-carries-out-evaluation-visit-to-san-marino', place: 'San Marino', langs: ['EN', 'FR'], onTopic: true,
    summary: 'The delegation met officials responsible for action against trafficking, as well as representatives of civil society.',
  },
  {
    date: '2022-06-23', title: 'European Day of Victims of Crime: joint event with the European Union', slug: 'european-day-of-victims-of-crime-joint-event', place: 'Brussels', langs: ['EN'], onTopic: false,
    summary: 'Experts discussed how to make justice systems more accessible to victims of all crimes.',
  },
  {
    date: '2022-06-29', title: 'Launch of the project “Strengthening the anti-trafficking response in Ukraine”', slug: 'launch-of-the-project-strengthening-the-anti-trafficking-response-in-ukraine', place: 'Kyiv', langs: ['EN', 'UK'], onTopic: true,
    summary: 'The project will support Ukrainian authorities and NGOs in preventing trafficking of internally displaced persons and in assisting victims.',
  },
];
