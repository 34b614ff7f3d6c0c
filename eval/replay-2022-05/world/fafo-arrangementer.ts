/**
 * Fafo's event pages, April–June 2022 (source `fafo-arrangementer`, awaiting its replica module).
 * Evidenced: the Østforum seminar page the issue links (where the report 2022:14 was launched).
 * The other events are invented in Fafo's style. Each entry carries the URL the real site gives
 * it (`url`); its slug is the last path segment.
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const EVENT = 'https://www.fafo.no/arrangementer/arrangementer/';
const event = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<PageItem> => ({ date, slug, url: `${EVENT}${slug}`, title, summary, onTopic });

export const fafoArrangementer: Dated<PageItem>[] = [
  event('2022-04-06', 'frokostseminar-tariffoppgjoret-2022', 'Frokostseminar: Hva skjer i årets tariffoppgjør?', 'Forskere og partene i arbeidslivet diskuterer frontfagsoppgjøret.'),
  event('2022-04-22', 'bosetting-av-flyktninger-fra-ukraina', 'Seminar: Bosetting av flyktninger fra Ukraina – hva har vi lært?', 'Kommuner, IMDi og forskere om erfaringene med rask bosetting.'),
  event('2022-05-09', 'fremtidens-arbeidsliv', 'Konferanse: Fremtidens arbeidsliv', 'Digitalisering, kompetanse og nye tilknytningsformer.'),
  event('2022-06-01', 'fattige-tilreisende', 'Fafo Østforum: Grov utnytting av utenlandske arbeidstakere', 'Lansering av Fafo-rapport 2022:14 om gråsonen mellom det regulære arbeidslivet og menneskehandel. Seminaret strømmes og legges ut i opptak.', true),
  event('2022-06-08', 'pensjonsforum-juni-2022', 'Pensjonsforum: Tjenestepensjon for deltidsansatte', 'Hvordan treffer pensjonsreformen dem som jobber deltid?'),
  event('2022-06-20', 'seminar-inkluderingsdugnaden', 'Seminar: Lyktes inkluderingsdugnaden?', 'Lansering av evalueringen av statlige virksomheters inkluderingsinnsats.'),
];
