/**
 * NIM's news (nhri.no), April–June 2022 (source `nim`, awaiting its replica module). Evidenced:
 * NIM's annual report for 2021, Dokument 6 (2021–2022), delivered to Stortinget on 29 March 2022
 * (nhri.no's news of it) — before this window, so only its treatment in Stortinget falls in the
 * period (world/stortinget.ts). The items of the window are invented in the site's style
 * (reports, consultation responses, court cases).
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const news = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<PageItem> => ({ date, slug, url: `https://www.nhri.no/2022/${slug}/`, title, summary, onTopic });

export const nim: Dated<PageItem>[] = [
  news('2022-04-07', 'nims-horingssvar-om-midlertidig-kollektiv-beskyttelse', 'NIMs høringssvar om midlertidig kollektiv beskyttelse', 'NIM mener endringene i utlendingsforskriften må vurderes opp mot barns rettigheter.'),
  news('2022-05-03', 'menneskerettigheter-og-ny-teknologi', 'Ny rapport: Menneskerettigheter og kunstig intelligens i offentlig sektor', 'NIM anbefaler lovregulering av automatiserte vedtak.'),
  news('2022-05-25', 'nim-om-isolasjon-i-fengsel', 'NIM: Isolasjon i fengsel må reduseres', 'NIM følger opp anbefalingen fra årsmeldingen om soningsforhold.'),
  news('2022-06-13', 'enslige-mindrearige-asylsokeres-omsorgstilbud', 'Stortinget vedtar tilsyn med omsorgen for enslige mindreårige', 'NIM har anbefalt et uavhengig tilsyn med omsorgstilbudet til enslige mindreårige asylsøkere.', true),
];
