/**
 * Stortinget's open-data API through the 2021–2022 session as it stood April–June 2022 (source
 * `stortinget`; its representantforslag also feed `stortinget-rss`). The API lists the whole
 * session: saker received since October, most still til behandling in spring and decided in the
 * last weeks before the summer, and hundreds of written questions.
 *
 * Evidenced (stortinget.no pages, regjeringen.no, nhri.no, news reports):
 * - sak 87609: Prop. 80 L (2021–2022) Endringer i utlendingsloven (tilsyn med omsorgen for
 *   enslige mindreårige som bor i asylmottak), Innst. 402 L (2021–2022) from the kommunal- og
 *   forvaltningskomiteen, adopted in June;
 * - Dokument 6 (2021–2022), NIM's annual report for 2021, delivered 29 March 2022, treated in
 *   June (publication id dok6-202122 from the issue's link);
 * - sak 87960 (KrF: ureturnerbare asylsøkeres rett til lønnet arbeid og grunnleggende
 *   helsehjelp) and sak 87984 (MDG, Rasmus Hansson: hente hjem norske barn og kvinner fra
 *   Syria, proposed February 2022), both treated and rejected in May;
 * - sak 89142 (FrP, Per-Willy Amundsen: politiattest / kontroll med personer som arbeider med
 *   ukrainske flyktninger, proposed late April 2022 — the neighbouring question 89170 is dated
 *   27.04.2022), rejected in June;
 * - question 89080 from Lan Marie Nguyen Berg (MDG) to the Minister of Justice, answered in May;
 * - sak 89703: Dokument 3:8 (2021–2022), Riksrevisjonen on domestic violence, delivered 9 June
 *   2022, treated by the kontroll- og konstitusjonskomiteen the next session (Innst. 147 S
 *   (2022–2023));
 * - Dokument 8:79 S (SV, helsehjelp til papirløse), 8:147 S and 8:152 S (V, flyktninger i
 *   arbeid / hjelpe ukrainske flyktninger, Innst. 292 S), 8:177 S (SV, rask og god integrering,
 *   Innst. 288 S, treated 24 May 2022).
 * Invented: every exact day not given above, Dokument 8 and Innst. numbers not given above, the
 * sak id of Dokument 6 (88034), committees where not stated, votes and their counts, the titles
 * of the questions the issue does not quote, and the whole routine bulk (below), built from
 * realistic parts with invented representatives' names. Committee ids follow the API's short
 * forms.
 */
import type { Person } from '../../../src/demo/sites/stortinget-data.js';
import type { StortingetWorld, WorldKomite, WorldSak, WorldSporsmal, WorldVote } from '../../../src/demo/sites/stortinget-world.js';
import { seededRandom } from '../../../test/helpers/random.js';
import { daysBetween } from '../../calendar.js';

const K = {
  KOMMFORV: { id: 'KOMMFORV', navn: 'Kommunal- og forvaltningskomiteen' },
  JUST: { id: 'JUST', navn: 'Justiskomiteen' },
  UFK: { id: 'UFK', navn: 'Utenriks- og forsvarskomiteen' },
  KONTROLL: { id: 'KONTROLL', navn: 'Kontroll- og konstitusjonskomiteen' },
  ARB: { id: 'ARB', navn: 'Arbeids- og sosialkomiteen' },
  FIN: { id: 'FIN', navn: 'Finanskomiteen' },
  TRAN: { id: 'TRAN', navn: 'Transport- og kommunikasjonskomiteen' },
  NAER: { id: 'NAER', navn: 'Næringskomiteen' },
  KUF: { id: 'KUF', navn: 'Utdannings- og forskningskomiteen' },
  HELSE: { id: 'HELSE', navn: 'Helse- og omsorgskomiteen' },
  FAM: { id: 'FAM', navn: 'Familie- og kulturkomiteen' },
  ENE: { id: 'ENE', navn: 'Energi- og miljøkomiteen' },
} as const satisfies Record<string, WorldKomite>;
type Komite = keyof typeof K;

const fylke = { id: 'O', navn: 'Oslo' };
const rep = (id: string, fornavn: string, etternavn: string, parti: [string, string], kjoenn = 1): Person => ({ id, fornavn, etternavn, kjoenn, parti: { id: parti[0], navn: parti[1] }, fylke });
const MDG: [string, string] = ['MDG', 'Miljøpartiet De Grønne'];
const KRF: [string, string] = ['KrF', 'Kristelig Folkeparti'];
const FRP: [string, string] = ['FrP', 'Fremskrittspartiet'];
const SV: [string, string] = ['SV', 'Sosialistisk Venstreparti'];
const V: [string, string] = ['V', 'Venstre'];
const H: [string, string] = ['H', 'Høyre'];
const R: [string, string] = ['R', 'Rødt'];
const SP: [string, string] = ['Sp', 'Senterpartiet'];
const A: [string, string] = ['A', 'Arbeiderpartiet'];

/** Representatives named by the evidence. */
const LMNB = rep('LMNB', 'Lan Marie', 'Nguyen Berg', MDG);
const RAH = rep('RAH', 'Rasmus', 'Hansson', MDG, 2);
const OVB = rep('OVB', 'Olaug Vervik', 'Bollestad', KRF);
const PWA = rep('PWA', 'Per-Willy', 'Amundsen', FRP, 2);
const GW = rep('GW', 'Grete', 'Wold', SV);
const MAHU = rep('MAHU', 'Marian', 'Hussein', SV);
const GA = rep('GA', 'Grunde', 'Almeland', V, 2);

/** Invented representatives for the routine bulk (no real person's words are made up). */
const BULK_REPS: Person[] = [
  rep('XHAN', 'Kari', 'Hansen', H), rep('XNOR', 'Ola', 'Nordmann', FRP, 2), rep('XBER', 'Ingrid', 'Berg', SV), rep('XSOL', 'Per', 'Solberg', H, 2),
  rep('XLIE', 'Mari', 'Lie', KRF), rep('XHAU', 'Anders', 'Haugen', R, 2), rep('XDAH', 'Silje', 'Dahl', V), rep('XMOE', 'Trond', 'Moe', FRP, 2),
  rep('XLUN', 'Hilde', 'Lund', SP), rep('XBAK', 'Jon', 'Bakken', A, 2), rep('XSTR', 'Eva', 'Strand', MDG), rep('XHAG', 'Knut', 'Hagen', H, 2),
];

const M = {
  JD: { id: 'JD', tittel: 'justis- og beredskapsministeren' },
  AID: { id: 'AID', tittel: 'arbeids- og inkluderingsministeren' },
  HOD: { id: 'HOD', tittel: 'helse- og omsorgsministeren' },
  SD: { id: 'SD', tittel: 'samferdselsministeren' },
  KD: { id: 'KD', tittel: 'kunnskapsministeren' },
  FIN: { id: 'FIN', tittel: 'finansministeren' },
  KDD: { id: 'KDD', tittel: 'kommunal- og distriktsministeren' },
  KLD: { id: 'KLD', tittel: 'klima- og miljøministeren' },
  OED: { id: 'OED', tittel: 'olje- og energiministeren' },
  NFD: { id: 'NFD', tittel: 'næringsministeren' },
  FKD: { id: 'FKD', tittel: 'fiskeri- og havministeren' },
  BFD: { id: 'BFD', tittel: 'barne- og familieministeren' },
  UD: { id: 'UD', tittel: 'utenriksministeren' },
  FD: { id: 'FD', tittel: 'forsvarsministeren' },
  KUD: { id: 'KUD', tittel: 'kultur- og likestillingsministeren' },
  LMD: { id: 'LMD', tittel: 'landbruks- og matministeren' },
} as const;
type Minister = keyof typeof M;

const S = '(2021–2022)';
const vote = (id: number, tema: string, vedtatt: boolean, antallFor: number, antallMot: number): WorldVote => ({ id, tema, vedtatt, antallFor, antallMot });

// ---------------------------------------------------------------------------------------------
// The saker the issue reports, and others of the same kind

const named: WorldSak[] = [
  {
    id: 87609, tittel: 'Endringer i utlendingsloven (tilsyn med omsorgen for enslige mindreårige som bor i asylmottak)', korttittel: 'Tilsyn med omsorgen for enslige mindreårige i asylmottak',
    dokument: `Prop. 80 L ${S}`, dokumentgruppe: 1, type: 3, emner: ['Innvandring', 'Barn og ungdom'], komite: K.KOMMFORV,
    mottatt: '2022-04-01', tilBehandling: '2022-04-05', innstilling: { id: 89771, nummer: 402, kode: 'L', dato: '2022-06-07' }, behandlet: '2022-06-14',
    voteringer: [vote(19400, 'Lovens overskrift og loven i sin helhet', true, 97, 0)],
  },
  {
    id: 88034, tittel: 'Norges institusjon for menneskerettigheters årsmelding for 2021', korttittel: 'NIMs årsmelding for 2021',
    dokument: `Dokument 6 ${S}`, dokumentgruppe: 6, type: 2, emner: ['Menneskerettigheter'], komite: K.KONTROLL,
    mottatt: '2022-03-29', tilBehandling: '2022-04-05', innstilling: { id: 89700, nummer: 370, kode: 'S', dato: '2022-06-02' }, behandlet: '2022-06-09',
    voteringer: [vote(19310, 'Dokument 6 (2021–2022) vedlegges protokollen', true, 99, 0)],
  },
  {
    id: 87960, tittel: 'Representantforslag om å sikre ureturnerbare asylsøkeres rett til å ta lønnet arbeid samt retten til grunnleggende helsehjelp for alle som oppholder seg i Norge',
    korttittel: 'Ureturnerbare asylsøkeres rett til arbeid og helsehjelp', dokument: `Dokument 8:96 S ${S}`, dokumentgruppe: 4, type: 2, emner: ['Innvandring', 'Helse'], komite: K.KOMMFORV,
    forslagstillere: [OVB], mottatt: '2022-02-08', tilBehandling: '2022-02-15', innstilling: { id: 89210, nummer: 255, kode: 'S', dato: '2022-05-03' }, behandlet: '2022-05-10', dok8: 96,
    voteringer: [vote(19120, 'Forslag nr. 1 fra Kristelig Folkeparti', false, 18, 81), vote(19121, 'Forslag nr. 2 fra Kristelig Folkeparti', false, 24, 75)],
  },
  {
    id: 87984, tittel: 'Representantforslag om å hente hjem norske barn og kvinner fra interneringsleirer i Syria', korttittel: 'Hente hjem norske barn og kvinner fra Syria',
    dokument: `Dokument 8:99 S ${S}`, dokumentgruppe: 4, type: 2, emner: ['Utenrikssaker', 'Barn og ungdom'], komite: K.UFK,
    forslagstillere: [RAH], mottatt: '2022-02-10', tilBehandling: '2022-02-17', innstilling: { id: 89260, nummer: 272, kode: 'S', dato: '2022-05-12' }, behandlet: '2022-05-19', dok8: 99,
    voteringer: [vote(19180, 'Forslag nr. 1 fra Miljøpartiet De Grønne', false, 13, 86)],
  },
  {
    id: 89142, tittel: 'Representantforslag om kontroll med hvilke personer som engasjerer seg i arbeidet med ukrainske flyktninger', korttittel: 'Kontroll med personer som arbeider med ukrainske flyktninger',
    dokument: `Dokument 8:204 S ${S}`, dokumentgruppe: 4, type: 2, emner: ['Flyktninger', 'Kriminalitet'], komite: K.JUST,
    forslagstillere: [PWA], mottatt: '2022-04-26', tilBehandling: '2022-04-28', innstilling: { id: 89705, nummer: 380, kode: 'S', dato: '2022-06-02' }, behandlet: '2022-06-09', dok8: 204,
    voteringer: [vote(19320, 'Forslag nr. 1 fra Fremskrittspartiet om krav om politiattest', false, 22, 77)],
  },
  {
    id: 89703, tittel: 'Riksrevisjonens undersøkelse av myndighetenes innsats mot vold i nære relasjoner', korttittel: 'Myndighetenes innsats mot vold i nære relasjoner',
    dokument: `Dokument 3:8 ${S}`, dokumentgruppe: 6, type: 2, emner: ['Kriminalitet', 'Familie'], komite: K.KONTROLL,
    mottatt: '2022-06-09', tilBehandling: '2022-06-14',
  },
  // Of the same kind, not in the issue: asylum, refugees from Ukraine, labour crime.
  {
    id: 87250, tittel: 'Representantforslag om helsehjelp til papirløse migranter i Norge', korttittel: 'Helsehjelp til papirløse migranter',
    dokument: `Dokument 8:79 S ${S}`, dokumentgruppe: 4, type: 2, emner: ['Helse', 'Innvandring'], komite: K.HELSE,
    forslagstillere: [MAHU], mottatt: '2022-01-18', tilBehandling: '2022-01-25', innstilling: { id: 89205, nummer: 252, kode: 'S', dato: '2022-05-03' }, behandlet: '2022-05-10', dok8: 79,
    voteringer: [vote(19125, 'Forslag nr. 1 fra Sosialistisk Venstreparti', false, 20, 79)],
  },
  {
    id: 88610, tittel: 'Representantforslag om å få flyktninger raskt i arbeid', korttittel: 'Flyktninger raskt i arbeid',
    dokument: `Dokument 8:147 S ${S}`, dokumentgruppe: 4, type: 2, emner: ['Arbeidsliv', 'Flyktninger'], komite: K.KOMMFORV,
    forslagstillere: [GA], mottatt: '2022-03-10', tilBehandling: '2022-03-15', innstilling: { id: 89330, nummer: 292, kode: 'S', dato: '2022-05-17' }, behandlet: '2022-05-24', dok8: 147,
    voteringer: [vote(19220, 'Tilråding I', true, 60, 39)],
  },
  {
    id: 88655, tittel: 'Representantforslag om å hjelpe ukrainske flyktninger', korttittel: 'Hjelpe ukrainske flyktninger',
    dokument: `Dokument 8:152 S ${S}`, dokumentgruppe: 4, type: 2, emner: ['Flyktninger'], komite: K.KOMMFORV,
    forslagstillere: [GA], mottatt: '2022-03-14', tilBehandling: '2022-03-17', innstilling: { id: 89330, nummer: 292, kode: 'S', dato: '2022-05-17' }, behandlet: '2022-05-24', dok8: 152,
    voteringer: [vote(19221, 'Tilråding II', true, 60, 39)],
  },
  {
    id: 88890, tittel: 'Representantforslag om rask og god integrering av fordrevne fra Ukraina', korttittel: 'Rask og god integrering',
    dokument: `Dokument 8:177 S ${S}`, dokumentgruppe: 4, type: 2, emner: ['Flyktninger', 'Integrering'], komite: K.KOMMFORV,
    forslagstillere: [GW, MAHU], mottatt: '2022-04-05', tilBehandling: '2022-04-07', innstilling: { id: 89320, nummer: 288, kode: 'S', dato: '2022-05-17' }, behandlet: '2022-05-24', dok8: 177,
    voteringer: [vote(19215, 'Forslag nr. 1–10 fra mindretall', false, 30, 69), vote(19216, 'Tilråding', true, 97, 2)],
  },
  {
    id: 88420, tittel: 'Midlertidige endringer i utlendingsloven (tiltak for å håndtere høye ankomster av fordrevne fra Ukraina)', korttittel: 'Midlertidige endringer i utlendingsloven (Ukraina)',
    dokument: `Prop. 107 L ${S}`, dokumentgruppe: 1, type: 3, emner: ['Innvandring', 'Flyktninger'], komite: K.KOMMFORV,
    mottatt: '2022-04-22', tilBehandling: '2022-04-26', innstilling: { id: 89560, nummer: 356, kode: 'L', dato: '2022-05-31' }, behandlet: '2022-06-07',
    voteringer: [vote(19290, 'Lovens overskrift og loven i sin helhet', true, 90, 9)],
  },
  {
    id: 88870, tittel: 'Endringer i allmenngjøringsloven mv. (tiltak mot sosial dumping i godstransport på vei)', korttittel: 'Tiltak mot sosial dumping i godstransport',
    dokument: `Prop. 94 L ${S}`, dokumentgruppe: 1, type: 3, emner: ['Arbeidsliv', 'Samferdsel'], komite: K.ARB,
    mottatt: '2022-04-08', tilBehandling: '2022-04-19', innstilling: { id: 89515, nummer: 330, kode: 'L', dato: '2022-05-24' }, behandlet: '2022-06-02',
    voteringer: [vote(19270, 'Lovens overskrift og loven i sin helhet', true, 99, 0)],
  },
  {
    id: 88200, tittel: 'Endringer i arbeidsmiljøloven (innstramminger i adgangen til innleie fra bemanningsforetak)', korttittel: 'Innstramminger i innleie',
    dokument: `Prop. 131 L (2020–2021)`, dokumentgruppe: 1, type: 3, emner: ['Arbeidsliv'], komite: K.ARB,
    mottatt: '2021-10-15', tilBehandling: '2021-10-19', innstilling: { id: 88100, nummer: 145, kode: 'L', dato: '2022-01-25' }, behandlet: '2022-02-03',
  },
  {
    id: 89380, tittel: 'Representantforslag om å utnytte overskuddsvarme fra datasentre og industri', korttittel: 'Utnytte overskuddsvarme',
    dokument: `Dokument 8:222 S ${S}`, dokumentgruppe: 4, type: 2, emner: ['Energi', 'Miljø'], komite: K.ENE,
    forslagstillere: [BULK_REPS[10]!], mottatt: '2022-05-17', tilBehandling: '2022-05-19', dok8: 222,
  },
  {
    id: 89560, tittel: 'Representantforslag om å styrke Politiets innsats mot narkotikasmugling gjennom norske havner', korttittel: 'Narkotikasmugling gjennom havner',
    dokument: `Dokument 8:231 S ${S}`, dokumentgruppe: 4, type: 2, emner: ['Kriminalitet'], komite: K.JUST,
    forslagstillere: [BULK_REPS[7]!], mottatt: '2022-06-02', tilBehandling: '2022-06-07', dok8: 231,
  },
];

// ---------------------------------------------------------------------------------------------
// The questions the issue reports, and some of the same kind

const namedQuestions: WorldSporsmal[] = [
  {
    id: 89080, fra: LMNB, minister: M.JD, emner: ['Utenrikssaker', 'Kriminalitet'], sendt: '2022-04-21', besvart: '2022-05-03',
    tittel: 'Vil statsråden sørge for at norske statsborgere i Syria som har vært utsatt for menneskehandel, får bistand til å vende tilbake til Norge?',
  },
  {
    id: 89190, fra: BULK_REPS[2]!, minister: M.AID, emner: ['Arbeidsliv', 'Flyktninger'], sendt: '2022-04-29', besvart: '2022-05-09',
    tittel: 'Hva vil statsråden gjøre for å hindre at ukrainske flyktninger utnyttes i arbeidsmarkedet?',
  },
  {
    id: 89455, fra: BULK_REPS[4]!, minister: M.JD, emner: ['Kriminalitet'], sendt: '2022-05-23', besvart: '2022-06-01',
    tittel: 'Hvor mange saker om menneskehandel har politiet etterforsket i 2021, og hvor mange endte med tiltale?',
  },
  {
    id: 89620, fra: BULK_REPS[1]!, minister: M.JD, emner: ['Kriminalitet'], sendt: '2022-06-08', besvart: '2022-06-16',
    tittel: 'Hva gjør regjeringen for å stanse smuglingen av kokain gjennom norske havner?',
  },
];

// ---------------------------------------------------------------------------------------------
// The routine bulk: realistic parts, deterministic picks

const LAWS: Array<[string, string, Komite]> = [
  ['Endringer i vegtrafikkloven', 'førerkort for lette elektriske kjøretøy', 'TRAN'], ['Endringer i barnehageloven', 'foreldrebetaling', 'KUF'], ['Endringer i skatteloven', 'pendlerfradrag', 'FIN'],
  ['Endringer i folketrygdloven', 'arbeidsavklaringspenger', 'ARB'], ['Endringer i helsepersonelloven', 'autorisasjon', 'HELSE'], ['Endringer i opplæringslova', 'tidleg innsats', 'KUF'],
  ['Endringer i straffeprosessloven', 'digitale avhør', 'JUST'], ['Endringer i plan- og bygningsloven', 'digitale planregistre', 'KOMMFORV'], ['Endringer i havressurslova', 'kvotefleksibilitet', 'NAER'],
  ['Endringer i energiloven', 'nettleie', 'ENE'], ['Endringer i naturmangfoldloven', 'rovvilt', 'ENE'], ['Endringer i kommuneloven', 'interkommunalt samarbeid', 'KOMMFORV'],
  ['Endringer i universitets- og høyskoleloven', 'studieavgift', 'KUF'], ['Endringer i alkoholloven', 'netthandel', 'HELSE'], ['Endringer i tobakksskadeloven', 'snus og e-sigaretter', 'HELSE'],
  ['Endringer i politiloven', 'bevæpning', 'JUST'], ['Endringer i domstolloven', 'rettskretser', 'JUST'], ['Endringer i forbrukerkjøpsloven', 'digitale ytelser', 'FAM'],
  ['Endringer i merverdiavgiftsloven', 'elbiler', 'FIN'], ['Endringer i luftfartsloven', 'droner', 'TRAN'], ['Endringer i matloven', 'dyrevelferd', 'NAER'],
  ['Endringer i pasient- og brukerrettighetsloven', 'fritt behandlingsvalg', 'HELSE'], ['Endringer i introduksjonsloven', 'norskopplæring', 'KOMMFORV'], ['Endringer i arbeidsmiljøloven', 'rett til heltid', 'ARB'],
  ['Endringer i valgloven', 'forhåndsstemmegivning', 'KONTROLL'], ['Endringer i pengespilloven', 'enerett', 'FAM'], ['Endringer i film- og videogramloven', 'aldersgrenser', 'FAM'],
  ['Endringer i petroleumsskatteloven', 'midlertidige regler', 'FIN'], ['Endringer i akvakulturloven', 'produksjonsområder', 'NAER'], ['Endringer i forsvarsloven', 'sivil bistand', 'UFK'],
  ['Endringer i sjøloven', 'passasjerrettigheter', 'NAER'], ['Endringer i mediestøtteloven', 'produksjonstilskudd', 'FAM'], ['Endringer i barnevernsloven', 'tvang i institusjon', 'FAM'],
  ['Endringer i inndelingslova', 'deling av kommuner', 'KOMMFORV'], ['Endringer i konsesjonsloven', 'boplikt', 'NAER'], ['Endringer i finansforetaksloven', 'kapitalkrav', 'FIN'],
];

const PROPOSALS: Array<[string, Komite]> = [
  ['å senke merverdiavgiften på frukt og grønt', 'FIN'], ['bompengefritak for nullutslippsvarebiler', 'TRAN'], ['å bevare fødetilbudet i distriktene', 'HELSE'],
  ['styrket tilstedeværelse for Forsvaret i nord', 'UFK'], ['gratis skolemat i grunnskolen', 'KUF'], ['å redusere strømprisene for husholdningene', 'ENE'],
  ['en nasjonal plan for rassikring av fylkesveier', 'TRAN'], ['flere lærere i barneskolen', 'KUF'], ['å styrke ambulansetjenesten i distriktene', 'HELSE'],
  ['å fjerne formuesskatten på arbeidende kapital', 'FIN'], ['tiltak mot ensomhet blant eldre', 'HELSE'], ['en bedre ordning for tannhelse', 'HELSE'],
  ['økt satsing på jernbane i Nord-Norge', 'TRAN'], ['å styrke kystfiskeflåtens rettigheter', 'NAER'], ['forbud mot fossil oppvarming i næringsbygg', 'ENE'],
  ['å sikre statlige arbeidsplasser i distriktene', 'KOMMFORV'], ['tiltak for økt rekruttering av sykepleiere', 'HELSE'], ['en opptrappingsplan for rusfeltet', 'HELSE'],
  ['å stanse nedleggelsen av lokale tingretter', 'JUST'], ['flere politifolk i distriktene', 'JUST'], ['å styrke frivillighetens rammevilkår', 'FAM'],
  ['gratis kollektivtransport for studenter', 'TRAN'], ['en egen lov om rettshjelp', 'JUST'], ['å bedre vilkårene for kunstnere', 'FAM'],
  ['økt støtte til norske medier', 'FAM'], ['et løft for yrkesfagene', 'KUF'], ['å beskytte villaksen', 'ENE'],
  ['en nasjonal strategi for havvind', 'ENE'], ['å styrke beredskapen mot skogbrann', 'JUST'], ['å bedre vilkårene for bønder', 'NAER'],
  ['redusert avgift på elektrisk kraft i Nord-Norge', 'FIN'], ['å innføre norm for lærertetthet på ungdomstrinnet', 'KUF'], ['flere plasser i barnevernsinstitusjoner', 'FAM'],
  ['å sikre pasientenes rett til fastlege', 'HELSE'], ['økt bevilgning til vedlikehold av veier', 'TRAN'], ['å styrke lensmannskontorene', 'JUST'],
  ['et krafttak for ungdoms psykiske helse', 'HELSE'], ['å sikre fiskerinæringen tilgang til arealer', 'NAER'], ['en reform av studiestøtten', 'KUF'],
  ['å avvikle eiendomsskatten', 'FIN'], ['tiltak mot matsvinn', 'NAER'], ['vern av matjord', 'NAER'],
  ['økt beredskapslagring av korn', 'NAER'], ['flere sykehjemsplasser', 'HELSE'], ['å styrke Heimevernet', 'UFK'],
  ['å stanse salget av kraftselskaper til utenlandske eiere', 'ENE'], ['en ny ordning for pasientreiser', 'HELSE'], ['å gjeninnføre ordningen med skattefradrag for fagforeningskontingent', 'FIN'],
  ['kompensasjon til reiselivet etter pandemien', 'NAER'], ['at alle kommuner skal ha et akuttilbud innen psykisk helse', 'HELSE'], ['å bedre rammevilkårene for idretten', 'FAM'],
  ['fritak for eiendomsskatt på verker og bruk', 'FIN'], ['å styrke folkehøgskolene', 'KUF'], ['en ny lov om studentsamskipnader', 'KUF'],
  ['å sikre fortsatt drift av Andøya flystasjon', 'UFK'], ['bedre mobildekning langs vei og jernbane', 'TRAN'], ['gratis parkering for elbiler ved sykehus', 'TRAN'],
  ['å oppheve kvoteordningen for drosjer', 'TRAN'], ['flere tiltak mot forsøpling av havet', 'ENE'], ['en nasjonal strategi for hydrogen', 'ENE'],
  ['å styrke statsforvalterens beredskapsrolle', 'KOMMFORV'], ['en gjennomgang av inntektssystemet for kommunene', 'KOMMFORV'], ['å bedre valgdeltakelsen blant unge', 'KONTROLL'],
  ['økt åpenhet om partifinansiering', 'KONTROLL'], ['tiltak mot hatprat på nett', 'JUST'], ['strengere straffer for vold mot offentlig ansatte', 'JUST'],
  ['bedre oppfølging av unge lovbrytere', 'JUST'], ['å styrke konfliktrådene', 'JUST'], ['en reform av fengselshelsetjenesten', 'HELSE'],
  ['å gi pensjonister samme skattefradrag som lønnstakere', 'FIN'], ['å fjerne avkortingen av uføretrygd ved arbeid', 'ARB'], ['et tak på foreldrebetalingen i SFO', 'KUF'],
  ['å bedre tilbudet til barn med nedsatt funksjonsevne', 'FAM'], ['en handlingsplan for kvinnehelse', 'HELSE'], ['flere legespesialister i Nord-Norge', 'HELSE'],
  ['å styrke næringsmiddelindustrien', 'NAER'], ['vern av korallrev og sårbare havområder', 'ENE'], ['en nasjonal plan for vannforsyning', 'KOMMFORV'],
  ['å stanse nedbyggingen av myr', 'ENE'], ['tiltak for flere lærlingplasser', 'KUF'], ['å sikre arbeidsfolk rett til faste stillinger i offentlig sektor', 'ARB'],
  ['å gi seniorer rett til redusert arbeidstid', 'ARB'], ['en ny arbeidsmarkedspolitikk for unge', 'ARB'], ['å begrense bruken av konsulenter i staten', 'KONTROLL'],
];

/** Grunnlovsforslag and Riksrevisjonen's documents: fewer, but on the list all session. */
const CONSTITUTIONAL: Array<[string, string, Komite]> = [
  ['Grunnlovsforslag om endring i § 49 (lokalt selvstyre)', 'Dokument 12:4 (2019–2020)', 'KONTROLL'], ['Grunnlovsforslag om retten til en forsvarlig velferd', 'Dokument 12:11 (2019–2020)', 'KONTROLL'],
  ['Grunnlovsforslag om stemmerett ved fylte 16 år', 'Dokument 12:19 (2019–2020)', 'KONTROLL'], ['Grunnlovsforslag om vern av samiske språk', 'Dokument 12:23 (2019–2020)', 'KONTROLL'],
  ['Riksrevisjonens undersøkelse av digitalisering i kommunesektoren', `Dokument 3:6 ${S}`, 'KONTROLL'], ['Riksrevisjonens undersøkelse av statens eierskap i luftfarten', `Dokument 3:7 ${S}`, 'KONTROLL'],
  ['Riksrevisjonens undersøkelse av Statens vegvesens vedlikehold av riksveiene', `Dokument 3:4 ${S}`, 'KONTROLL'], ['Riksrevisjonens undersøkelse av helseforetakenes arbeid med IKT-sikkerhet', `Dokument 3:2 ${S}`, 'KONTROLL'],
];

const MELDINGER: Array<[string, Komite]> = [
  ['Nasjonal transportplan 2022–2033 – oppfølging', 'TRAN'], ['Kommuneproposisjonen 2023', 'KOMMFORV'], ['Statens forretningsdrift i 2021', 'NAER'],
  ['Norsk klimapolitikk', 'ENE'], ['Utdanning for omstilling', 'KUF'], ['Samfunnssikkerhet i en usikker verden', 'JUST'],
  ['Nasjonal helse- og sykehusplan – status', 'HELSE'], ['Forvaltningen av Statens pensjonsfond i 2021', 'FIN'], ['Lønnsoppgjøret 2022 for statsansatte', 'KOMMFORV'],
  ['Kulturens kraft – kulturpolitikk for framtida', 'FAM'], ['Landbrukets klimaplan', 'NAER'], ['Utviklingspolitikken: mål og virkemidler', 'UFK'],
];

const QUESTIONS: Array<[Minister, string]> = [
  ['SD', 'Hva vil statsråden gjøre for å stanse prisøkningen på ferjesambandene?'], ['SD', 'Når vil regjeringen starte byggingen av ny E39 i Vestland?'],
  ['SD', 'Hvordan vil statsråden sikre togtilbudet på Nordlandsbanen?'], ['SD', 'Vil statsråden vurdere gratis ferje for flere samband?'],
  ['HOD', 'Hva gjør regjeringen for å redusere ventetidene ved sykehusene?'], ['HOD', 'Hvordan vil statsråden sikre fastlegeordningen i distriktene?'],
  ['HOD', 'Vil statsråden opprettholde fødeavdelingen ved sykehuset?'], ['HOD', 'Hvordan vil regjeringen styrke tilbudet til barn med psykiske lidelser?'],
  ['KD', 'Hva vil statsråden gjøre for å rekruttere flere lærere?'], ['KD', 'Hvordan vil regjeringen følge opp frafallet i videregående skole?'],
  ['KD', 'Vil statsråden sikre studentboliger i de store byene?'], ['FIN', 'Vil statsråden vurdere endringer i formuesskatten for familiebedrifter?'],
  ['FIN', 'Hvordan vil regjeringen møte prisveksten for husholdningene?'], ['FIN', 'Hva er begrunnelsen for endringene i pendlerfradraget?'],
  ['KDD', 'Hvordan vil regjeringen styrke kommuneøkonomien i distriktskommunene?'], ['KDD', 'Vil statsråden sikre at statlige arbeidsplasser blir i regionene?'],
  ['KLD', 'Hva gjør regjeringen for å nå klimamålene for 2030?'], ['KLD', 'Hvordan vil statsråden beskytte villaksen mot lakselus?'],
  ['OED', 'Hva vil regjeringen gjøre med de høye strømprisene i Sør-Norge?'], ['OED', 'Hvordan vil statsråden utnytte potensialet i havvind bedre?'],
  ['OED', 'Vil statsråden sikre bedre utnyttelse av kapasiteten i strømnettet?'], ['NFD', 'Hvordan vil regjeringen utnytte mulighetene i mineralnæringen?'],
  ['NFD', 'Hva gjør statsråden for å sikre arbeidsplasser i verftsindustrien?'], ['FKD', 'Når vil regjeringen fordele kvoten av kysttorsk?'],
  ['FKD', 'Hvordan vil statsråden sikre fiskeflåtens adgang til fiskefeltene?'], ['BFD', 'Hva gjør regjeringen for å rekruttere flere fosterhjem?'],
  ['BFD', 'Hvordan vil statsråden sikre krisesentertilbudet i hele landet?'], ['UD', 'Hva gjør regjeringen for å støtte sivilbefolkningen i Ukraina?'],
  ['UD', 'Vil statsråden øke den humanitære bistanden til Afghanistan?'], ['FD', 'Hvordan vil statsråden styrke Heimevernet i Finnmark?'],
  ['FD', 'Når vil regjeringen beslutte anskaffelsen av nye helikoptre?'], ['KUD', 'Hvordan vil statsråden sikre lokale medier i distriktene?'],
  ['KUD', 'Vil statsråden øke støtten til frivillige organisasjoner?'], ['LMD', 'Hva gjør regjeringen for å bedre inntektene til bøndene?'],
  ['LMD', 'Hvordan vil statsråden sikre beredskapslagring av korn?'], ['JD', 'Hvordan vil statsråden styrke politiets tilstedeværelse i distriktene?'],
  ['JD', 'Hva gjør regjeringen for å korte ned saksbehandlingstiden i domstolene?'], ['JD', 'Hvordan vil statsråden redusere isolasjonen i fengslene?'],
  ['JD', 'Vil statsråden sørge for at flere saker om vold i nære relasjoner blir oppklart?'], ['JD', 'Hva gjør regjeringen for å bekjempe nettsvindel mot eldre?'],
  ['AID', 'Hvordan vil regjeringen få flere unge uføre i arbeid?'], ['AID', 'Hva vil statsråden gjøre for å sikre bosettingen av flyktninger fra Ukraina?'],
  ['AID', 'Hvordan vil statsråden følge opp innstrammingene i innleie fra bemanningsforetak?'], ['AID', 'Vil statsråden styrke Arbeidstilsynets kontroller i renholdsbransjen?'],
  ['AID', 'Hvordan vil regjeringen sikre norskopplæring for ukrainske flyktninger?'], ['AID', 'Hva er regjeringens plan for seniorpolitikken?'],
];

const random = seededRandom(2022_05);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const SESSION_START = '2021-10-01';
const LAST_DAY = '2022-06-30';

function dayAfter(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  // Stortinget does not meet or answer at weekends.
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Spread `count` days over the session so far, busier in spring, as the real lists are. */
function sessionDays(count: number): string[] {
  const span = daysBetween(SESSION_START, '2022-06-20');
  return Array.from({ length: count }, (_, i) => dayAfter(SESSION_START, Math.floor(span * Math.sqrt((i + random() * 0.8) / count))));
}

/** Ids from one sequence in time, as the API's saker and questions share one; the evidenced ones are skipped. */
const taken = new Set<number>([...named.map((s) => s.id), ...namedQuestions.map((q) => q.id), 89771, 89700, 89210, 89260, 89705, 89205, 89330, 89320, 89560, 89515, 88100]);
let lastId = 86000;
function nextId(day: string): number {
  lastId = Math.max(lastId + 1 + Math.floor(random() * 6), 86000 + Math.round(daysBetween(SESSION_START, day) * 12.5));
  while (taken.has(lastId)) lastId += 1;
  taken.add(lastId);
  return lastId;
}

const dok8Taken = new Set(named.flatMap((s) => (s.dok8 === undefined ? [] : [s.dok8])));
let lastDok8 = 0;
function nextDok8(day: string): number {
  lastDok8 = Math.max(lastDok8 + 1, Math.round(daysBetween(SESSION_START, day) * 0.78));
  while (dok8Taken.has(lastDok8)) lastDok8 += 1;
  dok8Taken.add(lastDok8);
  return lastDok8;
}

let innstilling = 30;
let innstillingId = 88200;
let voteId = 18000;

/** Where a sak received on `mottatt` stands: referred within days, most older ones decided by June. */
function progress(mottatt: string, kode: 'S' | 'L'): Pick<WorldSak, 'tilBehandling' | 'innstilling' | 'behandlet' | 'voteringer'> {
  const tilBehandling = dayAfter(mottatt, 2 + Math.floor(random() * 6));
  const age = daysBetween(mottatt, LAST_DAY);
  // Older saker are more often done; half of the spring's are decided in the last weeks.
  const decided = age > 45 && random() < Math.min(0.9, age / 160 + 0.25);
  if (!decided) return { tilBehandling };
  const earliest = dayAfter(mottatt, 35);
  const behandlet = earliest >= '2022-06-16' ? dayAfter('2022-06-14', Math.floor(random() * 3)) : dayAfter(earliest, Math.floor(random() * Math.max(1, daysBetween(earliest, '2022-06-17'))));
  // The committee reports about a week before the vote.
  const reported = new Date(`${behandlet}T12:00:00Z`);
  reported.setUTCDate(reported.getUTCDate() - 7);
  innstilling += 1 + Math.floor(random() * 3);
  innstillingId += 1 + Math.floor(random() * 4);
  voteId += 1;
  const vedtatt = kode === 'L' || random() < 0.35;
  const antallFor = vedtatt ? 60 + Math.floor(random() * 40) : 10 + Math.floor(random() * 30);
  return {
    tilBehandling,
    innstilling: { id: innstillingId, nummer: innstilling, kode, dato: reported.toISOString().slice(0, 10) },
    behandlet,
    voteringer: [vote(voteId, kode === 'L' ? 'Lovens overskrift og loven i sin helhet' : 'Tilråding fra komiteen', vedtatt, antallFor, 99 - antallFor)],
  };
}

const bulkSaker: WorldSak[] = [];
{
  const kinds: Array<() => Omit<WorldSak, 'id' | 'mottatt'>> = [];
  let prop = 10;
  for (const [law, theme, komite] of LAWS) kinds.push(() => ({ tittel: `${law} (${theme})`, korttittel: law, dokument: `Prop. ${(prop += 2)} L ${S}`, dokumentgruppe: 1, type: 3, emner: [], komite: K[komite] }));
  for (const [subject, komite] of PROPOSALS) kinds.push(() => ({ tittel: `Representantforslag om ${subject}`, korttittel: subject.charAt(0).toUpperCase() + subject.slice(1), dokument: '', dokumentgruppe: 4, type: 2, emner: [], komite: K[komite], forslagstillere: [pick(BULK_REPS)] }));
  let meld = 1;
  for (const [title, komite] of MELDINGER) kinds.push(() => ({ tittel: title, korttittel: title, dokument: `Meld. St. ${meld++} ${S}`, dokumentgruppe: 2, type: 2, emner: [], komite: K[komite] }));
  // Budget and consent propositions: the session's most frequent kind.
  const DEPARTMENTS = ['Kommunal- og distriktsdepartementet', 'Samferdselsdepartementet', 'Helse- og omsorgsdepartementet', 'Forsvarsdepartementet', 'Kunnskapsdepartementet', 'Nærings- og fiskeridepartementet', 'Justis- og beredskapsdepartementet', 'Klima- og miljødepartementet'];
  for (const department of DEPARTMENTS) kinds.push(() => ({ tittel: `Endringar i statsbudsjettet 2022 under ${department}`, korttittel: `Endringar i statsbudsjettet 2022 (${department})`, dokument: `Prop. ${(prop += 2)} S ${S}`, dokumentgruppe: 1, type: 1, emner: ['Statsbudsjettet'], komite: K.FIN }));
  for (const road of ['E16 Voss–Arna', 'rv. 555 Sotrasambandet', 'E6 Kvænangsfjellet', 'fv. 7 Hardangervidda', 'E39 Ålgård–Hove', 'rv. 4 Lunner–Jaren']) {
    kinds.push(() => ({ tittel: `Utbygging og finansiering av ${road}`, korttittel: road, dokument: `Prop. ${(prop += 2)} S ${S}`, dokumentgruppe: 1, type: 2, emner: ['Veger', 'Bompenger'], komite: K.TRAN }));
  }
  for (const agreement of ['frihandelsavtale mellom EFTA-statene og Indonesia', 'avtale om sosial trygd med Australia', 'endringer i EØS-avtalen om kjemikalier', 'avtale om forsvarssamarbeid med USA', 'tilleggsprotokoll om nettkriminalitet']) {
    kinds.push(() => ({ tittel: `Samtykke til ${agreement}`, korttittel: `Samtykke: ${agreement}`, dokument: `Prop. ${(prop += 2)} S ${S}`, dokumentgruppe: 1, type: 2, emner: ['Utenrikssaker'], komite: K.UFK }));
  }
  for (const [title, dokument, komite] of CONSTITUTIONAL) {
    kinds.push(() => ({ tittel: title, korttittel: title.replace(/^Riksrevisjonens undersøkelse av /, ''), dokument, dokumentgruppe: dokument.startsWith('Dokument 12') ? 5 : 6, type: 2, emner: [], komite: K[komite] }));
  }
  const days = sessionDays(kinds.length);
  kinds.forEach((kind, index) => {
    const mottatt = days[index]!;
    const sak = kind();
    const id = nextId(mottatt);
    const dok8 = sak.dokumentgruppe === 4 ? nextDok8(mottatt) : undefined;
    const dokument = dok8 === undefined ? sak.dokument : `Dokument 8:${dok8} S ${S}`;
    bulkSaker.push({ ...sak, id, mottatt, dokument, ...(dok8 === undefined ? {} : { dok8 }), ...progress(mottatt, sak.type === 3 ? 'L' : 'S') });
  });
}

const bulkQuestions: WorldSporsmal[] = [];
{
  // Each question is asked once; the session holds several rounds of the same concerns.
  const rounds = 4;
  const asked = Array.from({ length: rounds }, () => QUESTIONS).flat();
  const days = sessionDays(asked.length);
  asked.forEach(([minister, text], index) => {
    const sendt = days[index]!;
    const round = Math.floor(index / QUESTIONS.length);
    // Later rounds ask the same concern of another place or group, as real questions do.
    const tittel = round === 0 ? text : text.replace(/\?$/, ` ${['i Nordland', 'i Innlandet', 'i Vestland', 'i Troms og Finnmark'][round % 4]}?`);
    const answerDays = 5 + Math.floor(random() * 8);
    const besvart = dayAfter(sendt, answerDays);
    bulkQuestions.push({
      id: nextId(sendt), tittel, fra: pick(BULK_REPS), minister: M[minister], emner: [], sendt,
      ...(besvart <= '2022-06-30' && random() > 0.04 ? { besvart } : {}),
    });
  });
}

export const stortinget: StortingetWorld = {
  saker: [...named, ...bulkSaker],
  sporsmal: [...namedQuestions, ...bulkQuestions],
  publikasjoner: [
    { id: 'dok6-202122', publikasjontype: 'dok6', tittel: 'Dokument 6 (2021-2022)', dato: '2022-03-29' },
    { id: 'dok3-202122-008', publikasjontype: 'dok3', tittel: 'Dokument 3:8 (2021-2022)', dato: '2022-06-09' },
  ],
};
