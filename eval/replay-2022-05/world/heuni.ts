/**
 * HEUNI's news and publications, April–June 2022 (sources `heuni` and `heuni-sitemap`: the
 * listing and the sitemap of one site, one world). Evidenced: the three articles the issue links
 * (slugs as linked; the study on humanitarian residence permits is "policy-brief-consigny").
 * Dates and the other items are invented in the site's style, with a near miss on drug
 * trafficking and Finnish-language items.
 */
import type { HeuniItem } from '../../../src/demo/sites/heuni.js';
import type { Dated } from '../../world-table.js';

export const heuni: Dated<HeuniItem>[] = [
  { date: '2022-04-06', type: 'News item', onTopic: false, title: 'HEUNI at the UN Crime Commission: side event on crime prevention statistics', slug: 'heuni-at-the-un-crime-commission-2022', summary: 'HEUNI presented the European Sourcebook at the 31st session of the Commission on Crime Prevention and Criminal Justice in Vienna.' },
  { date: '2022-04-20', type: 'Publication', onTopic: true, title: 'Ihmiskaupan ja työperäisen hyväksikäytön ennaltaehkäisy kunnissa – opas', slug: 'ihmiskaupan-ennaltaehkaisy-kunnissa-opas', summary: 'Opas auttaa kuntien työntekijöitä tunnistamaan työperäisen hyväksikäytön ja ihmiskaupan merkkejä.' },
  { date: '2022-05-04', type: 'News item', onTopic: false, title: 'Nordic drug markets: new report on cocaine trafficking routes', slug: 'nordic-drug-markets-cocaine-trafficking-routes', summary: 'The report analyses how organised crime groups traffic cocaine into the Nordic countries through ports and postal services.' },
  { date: '2022-05-24', type: 'Publication', onTopic: true, title: 'Residence permits on humanitarian grounds – A means of protection for migrant victims of trafficking in the EU', slug: 'policy-brief-consigny', summary: 'The study compares how EU Member States use residence permits on humanitarian grounds to protect migrant victims of trafficking.' },
  { date: '2022-06-01', type: 'News item', onTopic: true, title: 'New study aims to improve detection of human trafficking', slug: 'new-study-aims-to-improve-detection-of-human-trafficking', summary: 'Commissioned by the Ministry of the Interior, the study looks at how authorities detect trafficking for sexual and labour exploitation.' },
  { date: '2022-06-09', type: 'Event', onTopic: false, title: 'Webinar: Crime victims’ access to support services in the Baltic Sea region', slug: 'webinar-crime-victims-access-to-support-services', summary: 'The webinar presents findings from a comparative study of victim support services.' },
  { date: '2022-06-16', type: 'Publication', onTopic: true, title: 'New cooperation model for the prevention and supervision of the exploitation of migrant workers', slug: 'new-cooperation-model-for-the-prevention-and-supervision-of-the-exploitation-of-migrant-workers', summary: 'The report proposes a cooperation model between labour inspection, police and tax authorities to prevent and supervise the exploitation of migrant workers. Summary in English.' },
  { date: '2022-06-22', type: 'News item', onTopic: false, title: 'HEUNI welcomes new Director', slug: 'heuni-welcomes-new-director', summary: 'The Institute’s new Director started in June.' },
  { date: '2022-06-29', type: 'News item', onTopic: true, title: 'Ukrainan sodan pakolaisten hyväksikäytön riskit – HEUNIn katsaus', slug: 'ukrainan-sodan-pakolaisten-hyvaksikayton-riskit', summary: 'Katsaus käsittelee Ukrainasta paenneiden ihmiskaupan ja hyväksikäytön riskejä Suomessa.' },
];
