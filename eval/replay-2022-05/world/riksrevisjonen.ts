/**
 * Riksrevisjonen's reports, April–June 2022 (source `riksrevisjonen`, awaiting its replica module).
 * Evidenced: Dokument 3:8 (2021–2022) on the authorities' efforts against domestic violence,
 * published 9 June 2022 (news reports of that Thursday; the page the issue links). Other reports
 * are invented in the site's style (Dokument 3-series performance audits on other subjects).
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const REPORT = 'https://www.riksrevisjonen.no/rapporter-mappe/no-2021-2022/';
const report = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<PageItem> => ({ date, slug, url: `${REPORT}${slug}/`, title, summary, onTopic });

export const riksrevisjonen: Dated<PageItem>[] = [
  report('2022-04-26', 'undersokelse-av-digitalisering-i-kommunesektoren', 'Undersøkelse av digitalisering i kommunesektoren', 'Dokument 3:6 (2021–2022). Statens virkemidler for samordnet digitalisering er ikke godt nok tilpasset kommunene.'),
  report('2022-05-19', 'undersokelse-av-forvaltningen-av-statens-eierskap-i-luftfarten', 'Undersøkelse av statens eierskap i luftfarten', 'Dokument 3:7 (2021–2022).'),
  report('2022-06-09', 'undersokelse-av-myndighetenes-innsats-mot-vold-i-nare-relasjoner', 'Undersøkelse av myndighetenes innsats mot vold i nære relasjoner', 'Dokument 3:8 (2021–2022). Samlet viser undersøkelsen alvorlige svakheter ved myndighetenes innsats mot vold i nære relasjoner. Det er risiko for at de voldsutsatte ikke får den hjelpen de trenger.', true),
  report('2022-06-21', 'undersokelse-av-beredskap-for-atomhendelser', 'Undersøkelse av myndighetenes beredskap for atomhendelser', 'Dokument 3:9 (2021–2022).'),
];
