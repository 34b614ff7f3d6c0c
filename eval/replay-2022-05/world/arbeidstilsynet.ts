/**
 * Arbeidstilsynet's news feed, April–June 2022 (source `arbeidstilsynet`). Evidenced: the two
 * items the issue links (slugs as linked; the joint annual report of Arbeidstilsynet, NAV, the
 * police and the Tax Administration on labour crime 2021, and the report of the a-krim
 * cooperation in Møre og Romsdal on the shipyards, both published in May). Days and the other
 * items are invented in the site's style: a-krim inspections, HSE campaigns, rule changes.
 */
import type { TableItem } from '../../../src/demo/sites/common.js';
import type { Dated } from '../../world-table.js';

const news = (date: string, title: string, summary: string, extra: Partial<Dated<TableItem>> = {}): Dated<TableItem> => ({ date, title, summary, onTopic: false, ...extra });

export const arbeidstilsynet: Dated<TableItem>[] = [
  news('2022-04-04', 'Nye regler for innleie fra bemanningsforetak fra 1. april', 'Innstrammingene gjelder særlig bygge- og anleggsvirksomhet i Oslo, Viken og tidligere Vestfold.'),
  news('2022-04-07', 'Ukrainske flyktninger i arbeid: dette må arbeidsgivere vite', 'Flyktninger med midlertidig kollektiv beskyttelse kan jobbe, men lønns- og arbeidsvilkårene skal være som for andre.', { onTopic: true }),
  news('2022-04-19', 'Kampanje om støy og kjemikalier i bilverksteder', 'Arbeidstilsynet besøker 400 verksteder i vår.'),
  news('2022-04-25', 'A-krimsenteret i Bergen avdekket ulovlig arbeid på byggeplasser', 'Kontrollene fant arbeidstakere uten oppholdstillatelse og lønn under allmenngjort minstelønn.', { onTopic: true }),
  news('2022-05-05', 'Tverretatlig a-krimsamarbeid – tidlig innsats hindrer kriminelle', 'Arbeidstilsynet, NAV, politiet og Skatteetaten har lagt fram felles årsrapport for etatenes innsats mot arbeidslivskriminalitet 2021.', { slug: 'tverretatlig-a-krimsamarbeid--tidlig-innsats-hindrer-kriminelle', onTopic: true }),
  news('2022-05-10', 'Slik skal du sikre arbeid i høyden', 'Nye veiledere for stillas og takarbeid.'),
  news('2022-05-17', 'Tilsyn med renholdsbransjen: 6 av 10 hadde brudd på reglene', 'Mangler ved lønn, arbeidstid og HMS-kort.', { onTopic: true }),
  news('2022-05-24', 'Verftsprosjektet i Møre og Romsdal: utnyttelse av utenlandske arbeidstakere', 'A-krimsamarbeidet i Møre og Romsdal har utarbeidet en rapport om utnyttelse av arbeidstakere og annen arbeidslivskriminalitet i deler av verftsindustrien.', { slug: 'verftsprosjekt-more-og-romsdal', onTopic: true }),
  news('2022-05-30', 'Hetebølge: husk pauser og vann på byggeplassen', 'Arbeidsgiver skal vurdere risikoen ved arbeid i sterk varme.'),
  news('2022-06-02', 'Sesongarbeidere i landbruket: krav til innkvartering', 'Arbeidstilsynet fører tilsyn med bolig og arbeidsvilkår for utenlandske sesongarbeidere.', { onTopic: true }),
  news('2022-06-09', 'Ny rapport om arbeidsmiljøet i helse- og omsorgstjenestene', 'Høyt arbeidspress og mye deltid i sykehjem og hjemmetjenester.'),
  news('2022-06-16', 'Arbeidsgiver anmeldt etter alvorlig arbeidsulykke i Trondheim', 'En arbeidstaker ble alvorlig skadet etter fall fra stillas.'),
  news('2022-06-22', 'Sommerjobb? Dette gjelder for ungdom under 18 år', 'Regler for arbeidstid og hvilke oppgaver unge kan utføre.'),
  news('2022-06-29', 'Kontroller i bilpleiebransjen: mistanke om tvangsarbeid i to virksomheter', 'Saken er oversendt politiet etter funn av arbeidstakere som ikke fikk lønn og bodde på arbeidsplassen.', { onTopic: true }),
];
