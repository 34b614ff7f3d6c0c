/**
 * What the editors chose for the May–June 2022 issue (archive/2022-05-06-kom-nyhetsbrev.txt):
 * every publication it links, with the URL exactly as the newsletter links it, the section it
 * stands in, and the source that would watch it.
 *
 * The issue has 44 http(s) links: 37 are chosen publications (CHOSEN), 7 are not publications
 * to find (NOT_TO_FIND, each with why). The two mailto:KOM.pod@politiet.no links are not http(s).
 *
 * Source ids: the shipped ones in sources.json, plus those being added on branch `sites`
 * (politiet, udi, cbss, riksrevisjonen, rvts-ost, bufdir, nim, helsedirektoratet-konferanser,
 * fafo-arrangementer, lovdata-dommer). `sourceId: null`: no source is meant to watch the site.
 */
import type { ChosenItem } from '../metrics.js';

/** Links of the issue that are not publications to find, and why. */
export const NOT_TO_FIND: ReadonlyArray<{ url: string; why: string }> = [
  {
    url: 'https://www.politiet.no/globalassets/03-rad-og-forebygging/menneskehandel/rapport-fra-koordineringsenheten-for-ofre-for-menneskehandel-2021.pdf',
    why: "KOM's own annual report, announced on the issue's first page: the editors wrote it",
  },
  {
    url: 'https://www.politiet.no/aktuelt-tall-og-fakta/aktuelt/nyheter/2022/06/30/menneskehandel-er-et-fagfelt-med-sarlige-forpliktelser-til-samarbeid/',
    why: 'the police\'s news story about that same KOM report ("Se også nettsak"): KOM\'s own news',
  },
  { url: 'https://cbss.org/news/?tag=anti-trafficking&cbss_filter=1', why: '"For mer informasjon om arbeidsgruppens aktiviteter, se her": a tag overview page' },
  {
    url: 'https://www.politiet.no/globalassets/03-rad-og-forebygging/menneskehandel/rettsavgjorelser-om-menneskehandel.pdf',
    why: "KOM's own overview of court decisions, which KOM updates every four months",
  },
  {
    url: 'https://www.udi.no/krisen-i-ukraina/myndigheter-frivillige-og-andre-samfunnsaktorer/er-du-bekymret-for-en-voksen-eller-et-barn/',
    why: 'the same page as the posters link just before it (that one with #link-30575): one publication, counted once',
  },
  { url: 'https://www.udi.no/krisen-i-ukraina/', why: '"UDIs hovedside om Ukraina": an overview landing page' },
  { url: 'https://www.politiet.no/menneskehandel', why: "KOM's own landing page on politiet.no (the closing page)" },
];

const STORTINGET_SAK = 'https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=';
/**
 * A representantforslag is a sak and a Dokument 8 publication (what the RSS feed and the dok8
 * list link): either is the item the editors linked. The numbers are the world's (invented, see
 * world/stortinget.ts).
 */
const DOK8 = (nummer: number): string =>
  `https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Representantforslag/2021-2022/dok8-202122-${String(nummer).padStart(3, '0')}s/`;
const COE_REDIRECT =
  '?inheritRedirect=false&redirect=https%3A%2F%2Fwww.coe.int%2Fen%2Fweb%2Fanti-human-trafficking%2Fnews%3Fp_p_id%3D101_INSTANCE_fX6ZWufj34JY%26p_p_lifecycle%3D0%26p_p_state%3Dnormal%26p_p_mode%3Dview%26p_p_col_id%3Dcolumn-4%26p_p_col_count%3D1';
const COE_REDIRECT_PAGED = `${COE_REDIRECT}%26_101_INSTANCE_fX6ZWufj34JY_cur%3D1%26_101_INSTANCE_fX6ZWufj34JY_keywords%3D%26_101_INSTANCE_fX6ZWufj34JY_advancedSearch%3Dfalse%26_101_INSTANCE_fX6ZWufj34JY_delta%3D10%26p_r_p_564233524_resetCur%3Dfalse%26_101_INSTANCE_fX6ZWufj34JY_andOperator%3Dtrue`;
const COE_CONTENT = 'https://www.coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/content/';

export const CHOSEN: readonly ChosenItem[] = [
  // Deltakelse i internasjonale fora
  {
    section: 'internasjonale-fora', sourceId: 'cbss',
    title: 'CBSS TF-THB: two-day meeting 11–12 May in Oslo during the Norwegian Presidency',
    url: 'https://cbss.org/2022/05/17/task-force-against-trafficking-in-human-beings-final-expert-meeting-during-the-norwegian-presidency/',
  },

  // Rettsavgjørelser om menneskehandel: two judgments from 2020 and 2021. What is news in
  // May–June is that they became final (an appeal withdrawn, leave to appeal refused), which
  // no feed announces; Lovdata listed the judgments when they were given, long before.
  {
    section: 'rettsavgjorelser', sourceId: 'lovdata-dommer',
    title: 'Hedmarken tingrett, THEDM-2020-52736 (2020-12-03): acquittal now final',
    url: 'https://lovdata.no/pro/#document/TRSTR/avgjorelse/thedm-2020-52736',
    notWatchable: 'a 2020 judgment (Lovdata Pro, login) reported because it became final in 2021–2022; no new publication in the period',
  },
  {
    section: 'rettsavgjorelser', sourceId: 'lovdata-dommer',
    title: 'Lime-saken, LB-2018-102939-2 (2021-09-10): appeal to the Supreme Court not admitted',
    url: 'https://lovdata.no/dokument/LBSTR/avgjorelse/lb-2018-102939-2?q=LB-2018-102939-2',
    notWatchable: 'a 2021 judgment repeated from the previous issue; no new publication in the period',
  },

  // Flyktninger fra Ukraina og risiko for utnyttelse
  {
    section: 'ukraina', sourceId: 'udi',
    title: 'UDI: downloadable information posters for Ukrainian refugees (page for helpers)',
    url: 'https://www.udi.no/krisen-i-ukraina/myndigheter-frivillige-og-andre-samfunnsaktorer/er-du-bekymret-for-en-voksen-eller-et-barn/#link-30575',
    notWatchable: 'a standing service page under /krisen-i-ukraina/, not a publication: the UDI news listing the source watches never announces it',
  },
  {
    section: 'ukraina', sourceId: 'udi',
    title: 'UDI: Opplever du vold, tvang eller press? (landing page for those at risk)',
    url: 'https://www.udi.no/krisen-i-ukraina/vare-i-norge/vanlige-sporsmal-og-svar/opplever-du-vold-tvang-eller-press/',
    notWatchable: 'a standing service page under /krisen-i-ukraina/, not a publication: the UDI news listing the source watches never announces it',
  },
  {
    section: 'ukraina', sourceId: 'politiet',
    title: 'Politiet: informasjonsvideoer til ukrainske flyktninger',
    url: 'https://www.politiet.no/tjenester/opphold-i-norge-og-asyl/ukraina/informasjonsvideoer-til-ukrainske-flyktninger/',
    notWatchable: 'a standing service page under /tjenester/, not a news item: the politiet.no news listing the source watches never announces it',
  },
  {
    section: 'ukraina', sourceId: 'rvts-ost',
    title: 'RVTS Øst: webinar 20 April on exploitation of Ukrainian refugees (recording)',
    url: 'https://menneskertilsalgs.no/ressurser/webinarer/utnyttelse-av-ukrainske-flyktninger-20-04-22/',
  },
  {
    section: 'ukraina', sourceId: 'helsedirektoratet-konferanser',
    title: 'Helsedirektoratet: webinar 12 May, risiko for utnytting og menneskehandel',
    url: 'https://www.helsedirektoratet.no/konferanser/risiko-for-utnytting-og-menneskehandel',
  },

  // Politiske tiltak
  {
    section: 'politiske-tiltak', sourceId: 'regjeringen-nyheter',
    title: 'Norges niende rapport til FNs torturkomité',
    url: 'https://www.regjeringen.no/no/aktuelt/norges-niende-rapport-til-fns-torturkomite/id2913639/',
  },
  {
    section: 'politiske-tiltak', sourceId: 'regjeringen-pressemeldinger',
    title: 'Ny forskrift åpner for informasjonsdeling i kampen mot arbeidslivskriminalitet',
    url: 'https://www.regjeringen.no/no/aktuelt/ny-forskrift-apner-for-informasjonsdeling-i-kampen-mot-arbeidslivskriminalitet/id2919505/',
  },
  {
    section: 'politiske-tiltak', sourceId: 'stortinget',
    title: 'Endringer i utlendingsloven (tilsyn med omsorgen for enslige mindreårige som bor i asylmottak)',
    url: `${STORTINGET_SAK}87609&target=case-status`,
  },
  {
    section: 'politiske-tiltak', sourceId: 'stortinget',
    title: 'NIMs årsmelding for 2021, Dokument 6 (2021–2022), and its treatment',
    url: 'https://www.stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Dokumentserien/2021-2022/dok6-202122/',
    // "se her for meldingen og Stortingsbehandlingen": the document and the sak that treats it
    // are one item for the editors (the sak id is the world's, see world/stortinget.ts).
    sameAs: [`${STORTINGET_SAK}88034`],
  },
  {
    section: 'politiske-tiltak', sourceId: 'stortinget',
    title: 'KrF: ureturnerbare asylsøkeres rett til lønnet arbeid og grunnleggende helsehjelp (ikke vedtatt)',
    url: `${STORTINGET_SAK}87960`,
    sameAs: [DOK8(96)],
  },
  {
    section: 'politiske-tiltak', sourceId: 'stortinget',
    title: 'MDG: hente hjem norske barn og kvinner fra interneringsleirer i Syria (ikke vedtatt)',
    url: `${STORTINGET_SAK}87984`,
    sameAs: [DOK8(99)],
  },
  {
    section: 'politiske-tiltak', sourceId: 'stortinget',
    title: 'Skriftlig spørsmål fra Lan Marie Nguyen Berg (MDG): repatriering av norske statsborgere utsatt for menneskehandel',
    url: 'https://www.stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=89080',
  },
  {
    section: 'politiske-tiltak', sourceId: 'stortinget',
    title: 'FrP: kontroll med personer som engasjerer seg i arbeidet med ukrainske flyktninger (ikke vedtatt)',
    url: `${STORTINGET_SAK}89142`,
    sameAs: [DOK8(204)],
  },

  // Rapporter fra tilsyn og tverretatlig a-krim-samarbeid
  {
    section: 'tilsyn-og-rapporter', sourceId: 'riksrevisjonen',
    title: 'Riksrevisjonen, Dokument 3:8 (2021–2022): myndighetenes innsats mot vold i nære relasjoner',
    url: 'https://www.riksrevisjonen.no/rapporter-mappe/no-2021-2022/undersokelse-av-myndighetenes-innsats-mot-vold-i-nare-relasjoner/',
  },
  {
    section: 'tilsyn-og-rapporter', sourceId: 'stortinget',
    title: 'Dokument 3:8 (2021–2022) delivered to Stortinget for treatment',
    url: `${STORTINGET_SAK}89703`,
  },
  {
    section: 'tilsyn-og-rapporter', sourceId: 'arbeidstilsynet',
    title: 'Felles årsrapport for etatenes innsats mot arbeidslivskriminalitet 2021',
    url: 'https://www.arbeidstilsynet.no/nyheter/tverretatlig-a-krimsamarbeid--tidlig-innsats-hindrer-kriminelle/',
  },
  {
    section: 'tilsyn-og-rapporter', sourceId: 'arbeidstilsynet',
    title: 'A-krimsamarbeidet i Møre og Romsdal: rapport om verftsindustrien',
    url: 'https://www.arbeidstilsynet.no/nyheter/verftsprosjekt-more-og-romsdal/',
  },

  // Forskningsrapporter og digitale seminarer
  {
    section: 'forskning', sourceId: 'fafo',
    title: 'Grov utnytting av utenlandske arbeidstakere (Fafo-rapport 2022:14)',
    url: 'https://www.fafo.no/zoo-publikasjoner/grov-utnytting-av-utenlandske-arbeidstakere',
  },
  {
    section: 'forskning', sourceId: 'fafo-arrangementer',
    title: 'Fafo Østforum: the launch seminar (recording)',
    url: 'https://www.fafo.no/arrangementer/arrangementer/fattige-tilreisende',
  },
  {
    section: 'forskning', sourceId: 'fafo',
    title: 'Implementeringsarbeidet i Jeg Vet og Snakkemedbarn.no',
    url: 'https://www.fafo.no/zoo-publikasjoner/implementeringsarbeidet-i-jeg-vet-og-snakkemedbarn-no',
  },
  { section: 'forskning', sourceId: null, title: 'Fair Play Bygg Oslo og Omegn: årsrapport 2021', url: 'https://fairplaybyggoslo.no/arsrapport/' },
  { section: 'forskning', sourceId: null, title: 'Pro Sentret: årsrapport 2021', url: 'https://prosentret.no/pro-sentrets-arsrapport-for-2021-er-publisert/' },

  // GRETA
  { section: 'greta', sourceId: 'greta', title: 'GRETA publishes its third report on Norway', url: `${COE_CONTENT}greta-publishes-its-third-report-on-norway${COE_REDIRECT}` },
  { section: 'greta', sourceId: 'greta', title: 'GRETA publishes its third report on Portugal', url: `${COE_CONTENT}greta-publishes-its-third-report-on-portugal${COE_REDIRECT_PAGED}` },
  { section: 'greta', sourceId: 'greta', title: 'GRETA publishes its third report on Bosnia and Herzegovina', url: `${COE_CONTENT}greta-publishes-its-third-report-on-bosnia-and-herzegovina${COE_REDIRECT_PAGED}` },
  { section: 'greta', sourceId: 'greta', title: 'GRETA publishes its third report on Armenia', url: `${COE_CONTENT}greta-publishes-its-third-report-on-armenia${COE_REDIRECT_PAGED}` },
  {
    section: 'greta', sourceId: 'greta',
    title: 'GRETA issues Guidance Note on addressing the risks of trafficking in human beings related to the war in Ukraine',
    url: 'https://www.coe.int/en/web/anti-human-trafficking/-/greta-issues-guidance-note-on-addressing-the-risks-of-trafficking-in-human-beings-related-to-the-war-in-ukraine-and-the-ensuing-humanitarian-crisis',
  },
  {
    section: 'greta', sourceId: 'greta',
    title: 'Webinar on addressing the risks of human trafficking related to the war in Ukraine: what responses are needed?',
    url: `${COE_CONTENT}webinar-on-addressing-the-risks-of-human-trafficking-related-to-the-war-in-ukraine-what-responses-are-needed-${COE_REDIRECT_PAGED}`,
  },

  // OSCE
  { section: 'osce', sourceId: 'osce-press', title: 'Meeting of national anti-trafficking co-ordinators and rapporteurs', url: 'https://www.osce.org/secretariat/520172' },
  { section: 'osce', sourceId: 'osce-press', title: 'Roundtable on protecting refugees from Ukraine from trafficking', url: 'https://www.osce.org/cthb/518790' },

  // EU-kommisjonen. The newsletter links the old host; DG HOME's site (and its feed) moved to
  // home-affairs.ec.europa.eu, where the old address redirects: the same publication.
  {
    section: 'eu', sourceId: 'eu-home-affairs',
    title: 'A Common Anti-Trafficking Plan to address the risks of trafficking in human beings and support potential victims among those fleeing the war in Ukraine',
    url: 'https://ec.europa.eu/home-affairs/news/new-anti-trafficking-plan-protect-people-fleeing-war-ukraine-2022-05-11_en',
    sameAs: ['https://home-affairs.ec.europa.eu/news/new-anti-trafficking-plan-protect-people-fleeing-war-ukraine-2022-05-11_en'],
  },

  // Finland og Norden
  {
    section: 'norden', sourceId: 'heuni',
    title: 'New cooperation model for the prevention and supervision of the exploitation of migrant workers',
    url: 'https://heuni.fi/-/new-cooperation-model-for-the-prevention-and-supervision-of-the-exploitation-of-migrant-workers#745d9e8a',
  },
  { section: 'norden', sourceId: 'heuni', title: 'New study aims to improve detection of human trafficking', url: 'https://heuni.fi/-/new-study-aims-to-improve-detection-of-human-trafficking#745d9e8a' },
  {
    section: 'norden', sourceId: 'heuni',
    title: 'Residence permits on humanitarian grounds – A means of protection for migrant victims of trafficking in the EU',
    url: 'https://heuni.fi/-/policy-brief-consigny#745d9e8a',
  },
];
