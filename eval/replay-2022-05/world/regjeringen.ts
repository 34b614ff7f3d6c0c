/**
 * regjeringen.no, April–June 2022 (source `regjeringen`, which reads only the hearings feed):
 * every document type the government publishes, each in its typed feed. Evidenced: the two news
 * items the issue links (their ids, 2913639 and 2919505, and slugs), Prop. 80 L (2021–2022)
 * "Endringer i utlendingsloven (tilsyn med omsorgen for enslige mindreårige som bor i
 * asylmottak)" with id 2907875 (regjeringen.no), and the ids' pace in time, from which every
 * day here is estimated (about 145 ids a day). All other items are invented in the site's style
 * and volume — several a day across hearings, news, press releases, propositions and reports —
 * with near misses: "utnytte" as "make use of" (surplus heat, the ocean industries, grid
 * capacity), Ukraine items that are not about exploitation, a hearing on asylum rules.
 */
import type { RegjeringenItem } from '../../../src/demo/sites/regjeringen-table.js';
import { slugify } from '../../../src/demo/sites/common.js';
import { daysBetween } from '../../calendar.js';
import type { Dated } from '../../world-table.js';

type Entry = Dated<RegjeringenItem>;

const DEP = {
  JD: ['Justis- og beredskapsdepartementet', '/no/dep/jd/id463/'],
  AID: ['Arbeids- og inkluderingsdepartementet', '/no/dep/aid/id165/'],
  KD: ['Kunnskapsdepartementet', '/no/dep/kd/id586/'],
  FIN: ['Finansdepartementet', '/no/dep/fin/id216/'],
  LMD: ['Landbruks- og matdepartementet', '/no/dep/lmd/id627/'],
  SD: ['Samferdselsdepartementet', '/no/dep/sd/id791/'],
  BFD: ['Barne- og familiedepartementet', '/no/dep/bfd/id298/'],
  NFD: ['Nærings- og fiskeridepartementet', '/no/dep/nfd/id709/'],
  HOD: ['Helse- og omsorgsdepartementet', '/no/dep/hod/id421/'],
  KDD: ['Kommunal- og distriktsdepartementet', '/no/dep/kdd/id504/'],
  KLD: ['Klima- og miljødepartementet', '/no/dep/kld/id668/'],
  OED: ['Olje- og energidepartementet', '/no/dep/oed/id750/'],
  UD: ['Utenriksdepartementet', '/no/dep/ud/id833/'],
  FD: ['Forsvarsdepartementet', '/no/dep/fd/id380/'],
  KUD: ['Kultur- og likestillingsdepartementet', '/no/dep/kud/id545/'],
} as const;
type Dep = keyof typeof DEP;

const FIRST_ID = 2907875;
const FIRST_DAY = '2022-04-01';
let serial = 0;
/** An id that grows with the day, as the site's do (unique within the world). */
const idOn = (date: string): number => FIRST_ID + daysBetween(FIRST_DAY, date) * 145 + (serial++ % 140);

function hearing(date: string, dep: Dep, title: string, summary: string, extra: Partial<Entry> = {}): Entry {
  const [department, departmentPath] = DEP[dep];
  return { date, id: idOn(date), type: dep === 'LMD' || dep === 'KLD' ? 'Høyring' : 'Høring', department, departmentPath, deadlineDays: 90, title, summary, onTopic: false, ...extra };
}

const KINDS = {
  nyhet: ['Nyhet', 'aktuelt/nyheter'],
  pressemelding: ['Pressemelding', 'aktuelt/pressemeldinger'],
  proposisjon: ['Proposisjon', 'dokumenter/proposisjoner'],
  melding: ['Melding', 'dokumenter/meldinger'],
  rapport: ['Rapport', 'dokumenter/rapporter'],
} as const;

function doc(date: string, kind: keyof typeof KINDS, dep: Dep, title: string, summary: string, extra: Partial<Entry> = {}): Entry {
  const [department, departmentPath] = DEP[dep];
  const [type, documentType] = KINDS[kind];
  return { date, id: idOn(date), type, documentType, department, departmentPath, deadlineDays: 0, title, summary, onTopic: false, ...extra };
}

const hearings: Entry[] = [
  hearing('2022-04-01', 'JD', 'Høring – endringer i utlendingsforskriften (midlertidig kollektiv beskyttelse)', 'Forslaget presiserer hvilke grupper av fordrevne fra Ukraina som omfattes av ordningen.', { deadlineDays: 14 }),
  hearing('2022-04-04', 'FIN', 'Høring – forslag til endringer i merverdiavgiftsforskriften', 'Endringene gjelder fritak for omsetning av elektronisk tjenester.'),
  hearing('2022-04-05', 'OED', 'Høring – forslag om krav til kost-nytte-analyse for utnyttelse av overskuddsvarme', 'Departementet foreslår at nye energianlegg og datasentre skal vurdere utnyttelse av overskuddsvarme.'),
  hearing('2022-04-06', 'KD', 'Høring – forslag til ny opplæringslov', 'Forslaget følger opp Opplæringslovutvalgets utredning.'),
  hearing('2022-04-07', 'HOD', 'Høring – endringer i pasient- og brukerrettighetsloven', 'Forslaget gjelder rett til fritt behandlingsvalg.'),
  hearing('2022-04-08', 'LMD', 'Høyring – endringar i forskrift om dyrevelferd for storfe', 'Framlegg om krav til mosjon og liggeareal.'),
  hearing('2022-04-11', 'SD', 'Høring – endringer i yrkestransportloven', 'Forslaget gjelder krav til løyve for drosjer.'),
  hearing('2022-04-12', 'AID', 'Høring – forslag om endringer i arbeidsmiljøloven (styrking av retten til heltid)', 'Forslaget skal gjøre det enklere å få heltidsstilling.'),
  hearing('2022-04-19', 'JD', 'Høring – NOU 2022: 1 Fra bekymring til straff', 'Utvalget har vurdert straffeloven § 321 om utnyttelse av sårbare personer ved bedrageri.', { onTopic: false }),
  hearing('2022-04-20', 'KDD', 'Høring – endringer i plan- og bygningsloven (arealplanlegging i sjø)', 'Forslaget skal gi bedre samordning av arealbruk i kystsonen.'),
  hearing('2022-04-21', 'KLD', 'Høyring – forslag til endringar i naturmangfaldlova', 'Framlegget gjeld forvaltning av rovvilt.'),
  hearing('2022-04-22', 'NFD', 'Høring – strategi for havnæringene: hvordan utnytte mulighetene i havøkonomien', 'Departementet ber om innspill til hvordan norske havnæringer kan utnytte nye markeder.'),
  hearing('2022-04-25', 'BFD', 'Høring – forslag til endringer i barnevernsloven (tvang i institusjon)', 'Forslaget gjelder bruk av tvang og begrensninger i barnevernsinstitusjoner.'),
  hearing('2022-04-26', 'FIN', 'Høring – endringer i hvitvaskingsforskriften', 'Forslaget gjennomfører nye krav i EUs hvitvaskingsdirektiv.'),
  hearing('2022-04-27', 'JD', 'Høring – forslag til endringer i straffeprosessloven (elektronisk kontroll)', 'Forslaget gjelder bruk av omvendt voldsalarm.'),
  hearing('2022-04-29', 'AID', 'Høring – forslag om endringer i introduksjonsloven for fordrevne fra Ukraina', 'Forslaget gir kommunene større frihet i innretningen av introduksjonsprogrammet for personer med kollektiv beskyttelse.', { deadlineDays: 21 }),
  hearing('2022-05-02', 'HOD', 'Høring – forslag om nasjonal helse- og samhandlingsplan', 'Departementet ber om innspill til planen.'),
  hearing('2022-05-03', 'SD', 'Høring – endringer i havne- og farvannsloven', 'Forslaget gjelder losplikt og farledsbevis.'),
  hearing('2022-05-04', 'KD', 'Høring – endringer i universitets- og høyskoleloven (studieavgift for studenter fra land utenfor EØS)', 'Forslaget innfører studieavgift for studenter fra land utenfor EØS og Sveits.'),
  hearing('2022-05-05', 'OED', 'Høring – forslag til forskrift om bedre utnyttelse av kapasiteten i strømnettet', 'Forslaget skal gi bedre utnyttelse av eksisterende nett før nye linjer bygges.'),
  hearing('2022-05-06', 'JD', 'Høring – forslag om endringer i utlendingsloven (innstramminger i reglene om familieinnvandring)', 'Forslaget gjelder underholdskravet for familieinnvandring.'),
  hearing('2022-05-09', 'LMD', 'Høyring – endringar i jordlova (driveplikt)', 'Framlegg om endringar i reglane om driveplikt for jordbruksareal.'),
  hearing('2022-05-10', 'KUD', 'Høring – forslag til ny lov om pengespill', 'Forslaget viderefører enerettsmodellen.'),
  hearing('2022-05-11', 'FD', 'Høring – endringer i forsvarsloven (sivil bistand)', 'Forslaget gjelder Forsvarets bistand til politiet.'),
  hearing('2022-05-12', 'AID', 'Høring – forslag til endringer i allmenngjøringsforskriftene for bygg og verft', 'Forslaget gjelder minstelønn og reise-, kost- og losjiutgifter.', { onTopic: true }),
  hearing('2022-05-13', 'FIN', 'Høring – forslag om grunnrenteskatt på havbruk', 'Departementet foreslår en grunnrenteskatt på 40 prosent.'),
  hearing('2022-05-16', 'KDD', 'Høring – forslag til ny lov om tilskudd til bosetting av flyktninger', 'Forslaget gjelder integreringstilskuddet.'),
  hearing('2022-05-18', 'HOD', 'Høring – forslag om endringer i helsepersonelloven (autorisasjon av helsepersonell fra Ukraina)', 'Forslaget skal gjøre det enklere for ukrainsk helsepersonell å få arbeide i Norge.'),
  hearing('2022-05-19', 'JD', 'Høring – endringer i politiloven (politiets bruk av droner)', 'Forslaget gjelder hjemmel for overvåking med droner.'),
  hearing('2022-05-20', 'BFD', 'Høring – forslag til endringer i ekteskapsloven (forbud mot barneekteskap)', 'Forslaget skal hindre at ekteskap inngått i utlandet med barn blir anerkjent.', { onTopic: false }),
  hearing('2022-05-23', 'SD', 'Høring – forslag til forskrift om kjøre- og hviletid for varebiler', 'EUs mobilitetspakke gjennomføres i norsk rett.'),
  hearing('2022-05-24', 'KLD', 'Høyring – forslag om forbod mot engangsplast', 'Framlegget gjennomfører EUs eingongsplastdirektiv.'),
  hearing('2022-05-25', 'AID', 'Høring – forslag om endringer i folketrygdloven (sykepenger for selvstendig næringsdrivende)', 'Forslaget gir bedre dekning ved sykdom.'),
  hearing('2022-05-27', 'JD', 'Høring – forslag til endringer i utlendingsforskriften (arbeidstillatelse for asylsøkere)', 'Forslaget gjelder midlertidig arbeidstillatelse for asylsøkere med uavklart identitet.', { onTopic: true }),
  hearing('2022-05-30', 'NFD', 'Høring – endringer i havressursloven (kvotesystemet)', 'Forslaget gjelder fordeling av kvoter mellom fartøygrupper.'),
  hearing('2022-05-31', 'KD', 'Høring – forslag til endringer i barnehageloven (bemanning)', 'Forslaget gjelder pedagognormen.'),
  hearing('2022-06-01', 'HOD', 'Høring – forslag til lov om endringer i bioteknologiloven', 'Forslaget gjelder assistert befruktning for enslige.'),
  hearing('2022-06-02', 'FIN', 'Høring – endringer i skatteforvaltningsloven (rapportering fra digitale plattformer)', 'Forslaget gjennomfører EUs DAC7-direktiv.'),
  hearing('2022-06-03', 'JD', 'Høring – forslag til endringer i straffeloven (digitale seksuelle krenkelser)', 'Forslaget gjelder deling av seksuelle bilder uten samtykke.'),
  hearing('2022-06-07', 'AID', 'Høring – forslag om kontroll med bemanningsforetak (godkjenningsordning)', 'Forslaget skal motvirke useriøse aktører og sosial dumping.', { onTopic: true }),
  hearing('2022-06-08', 'OED', 'Høring – forslag til endringer i energiloven (utnyttelse av overskuddsvarme fra industrien)', 'Industribedrifter med stort energiforbruk skal vurdere lønnsomheten av å utnytte overskuddsvarme.'),
  hearing('2022-06-09', 'KDD', 'Høring – endringer i kommuneloven (interkommunalt samarbeid)', 'Forslaget gjelder styring av interkommunale selskaper.'),
  hearing('2022-06-10', 'LMD', 'Høyring – forskrift om tilskot til avløysing', 'Framlegg om endringar i satsane.'),
  hearing('2022-06-13', 'SD', 'Høring – endringer i luftfartsloven (droner)', 'Forslaget gjelder registrering og sertifisering av dronepiloter.'),
  hearing('2022-06-14', 'BFD', 'Høring – forslag til endringer i forbrukerkjøpsloven', 'Forslaget gjennomfører EUs direktiv om salg av varer.'),
  hearing('2022-06-15', 'JD', 'Høring – forslag til ny lov om Kriminalomsorgen (soningsforhold)', 'Forslaget gjelder isolasjon og bruk av tvangsmidler i fengsel.'),
  hearing('2022-06-16', 'HOD', 'Høring – forslag til forskrift om tilskudd til lavterskel helsetilbud for personer uten lovlig opphold', 'Forslaget gir hjemmel for å videreføre tilskudd til helsesentre for papirløse.', { onTopic: true }),
  hearing('2022-06-17', 'NFD', 'Høring – endringer i akvakulturloven', 'Forslaget gjelder tildeling av tillatelser.'),
  hearing('2022-06-20', 'KUD', 'Høring – forslag til ny mediestøttelov', 'Forslaget gjelder produksjonstilskudd til lokalaviser.'),
  hearing('2022-06-21', 'FIN', 'Høring – forslag til endringer i finansforetaksloven', 'Forslaget gjelder krav til egenkapital.'),
  hearing('2022-06-22', 'KLD', 'Høyring – forslag til endringar i forureiningsforskrifta (mikroplast)', 'Framlegg om tiltak mot spreiing av gummigranulat.'),
  hearing('2022-06-23', 'AID', 'Høring – forslag om endringer i arbeidsmiljøloven (vern mot trakassering)', 'Forslaget gjelder arbeidsgivers plikt til å forebygge seksuell trakassering.'),
  hearing('2022-06-24', 'JD', 'Høring – forslag om endringer i utlendingsloven (lengre varighet for kollektiv beskyttelse)', 'Forslaget gjelder varigheten av tillatelsene til fordrevne fra Ukraina.'),
  hearing('2022-06-27', 'KD', 'Høring – forslag til endringer i friskoleloven', 'Forslaget strammer inn adgangen til å starte friskoler.'),
  hearing('2022-06-28', 'SD', 'Høring – nasjonal transportplan: innspill til prioriteringer', 'Departementet inviterer til innspill til neste NTP.'),
  hearing('2022-06-29', 'HOD', 'Høring – endringer i tobakksskadeloven', 'Forslaget gjelder nøytral innpakning for e-sigaretter.'),
  hearing('2022-06-30', 'FIN', 'Høring – forslag til endringer i tolloven', 'Forslaget gjelder elektronisk fortolling.'),
];

const documents: Entry[] = [
  doc('2022-04-01', 'proposisjon', 'JD', 'Prop. 80 L (2021–2022) Endringer i utlendingsloven (tilsyn med omsorgen for enslige mindreårige som bor i asylmottak)', 'Proposisjonen inneholder forslag om å etablere en statlig tilsynsordning for omsorgen for enslige mindreårige som bor i asylmottak.', { slug: 'prop.-80-l-20212022', id: 2907875, onTopic: true }),
  doc('2022-04-01', 'pressemelding', 'AID', 'Regjeringen foreslår midlertidige endringer i introduksjonsloven for flyktninger fra Ukraina', 'Kommunene skal kunne gi et raskere og mer fleksibelt tilbud.'),
  doc('2022-04-04', 'nyhet', 'UD', 'Norge gir ytterligere humanitær bistand til Ukraina', 'Regjeringen øker støtten til FN og Røde Kors i Ukraina og nabolandene.'),
  doc('2022-04-05', 'pressemelding', 'NFD', 'Regjeringen vil utnytte mulighetene i havnæringene', 'Næringsministeren la fram tiltak for vekst og nye arbeidsplasser i havbruk, havvind og maritim næring.'),
  doc('2022-04-06', 'nyhet', 'HOD', 'Regjeringen opphever de siste koronatiltakene', 'Det er ikke lenger behov for nasjonale smitteverntiltak.'),
  doc('2022-04-07', 'pressemelding', 'JD', 'Regjeringen styrker politiets innsats mot nettovergrep mot barn', 'Kripos får flere etterforskere til å avdekke seksuell utnyttelse av barn på nett.'),
  doc('2022-04-08', 'nyhet', 'KDD', 'Tilskudd til kommuner som tar imot mange flyktninger fra Ukraina', 'Kommunene får et ekstra tilskudd for hver bosatte flyktning i 2022.'),
  doc('2022-04-11', 'pressemelding', 'FIN', 'Revidert nasjonalbudsjett legges fram 12. mai', 'Finansministeren vil presentere budsjettet på pressekonferanse.'),
  doc('2022-04-19', 'nyhet', 'SD', 'Nye regler for elsparkesykler fra 1. juni', 'Aldersgrense og hjelmpåbud for brukere under 16 år.'),
  doc('2022-04-20', 'pressemelding', 'AID', 'Strengere regler for innleie av arbeidskraft trer i kraft', 'Regjeringen begrenser innleie fra bemanningsforetak for å sikre faste ansettelser og motvirke sosial dumping.', { onTopic: true }),
  doc('2022-04-21', 'nyhet', 'KLD', 'Regjeringen vil utnytte restråstoff bedre i en sirkulær økonomi', 'Ny strategi for bedre utnyttelse av avfall og biprodukter i industrien.'),
  doc('2022-04-22', 'pressemelding', 'OED', 'Regjeringen lyser ut nye områder for havvind', 'Utsira Nord og Sørlige Nordsjø II åpnes for konkurranse.'),
  doc('2022-04-25', 'nyhet', 'JD', 'Tilskudd til tiltak for ofre for menneskehandel – utlysning 2022', 'Frivillige organisasjoner kan søke tilskudd til bistand og beskyttelse for ofre for menneskehandel. Søknadsfrist 1. juni.', { onTopic: true }),
  doc('2022-04-26', 'pressemelding', 'BFD', 'Flere fosterhjem skal rekrutteres', 'Regjeringen setter av midler til en nasjonal kampanje.'),
  doc('2022-04-27', 'nyhet', 'UD', 'Utenriksministeren deltok på NATO-møte i Brussel', 'Støtten til Ukraina og sanksjoner mot Russland sto på dagsordenen.'),
  doc('2022-04-28', 'pressemelding', 'KD', 'Ukrainske barn skal raskt få plass i barnehage og skole', 'Kommunene får fleksibilitet til å gi opplæring på kort varsel.'),
  doc('2022-04-29', 'rapport', 'HOD', 'Rapport: Evaluering av fastlegeordningen', 'Evalueringen peker på rekrutteringsproblemer i distriktene.'),
  doc('2022-05-02', 'pressemelding', 'JD', 'Nasjonal beredskap for å ta imot inntil 100 000 flyktninger', 'Regjeringen planlegger for at svært mange flyktninger fra Ukraina kan komme i år.'),
  doc('2022-05-03', 'nyhet', 'NFD', 'Sanksjonene mot Russland utvides', 'Norge slutter seg til EUs femte sanksjonspakke.'),
  doc('2022-05-04', 'pressemelding', 'HOD', 'Ny opptrappingsplan for psykisk helse', 'Regjeringen varsler en ny plan for psykisk helse i høst.'),
  doc('2022-05-05', 'nyhet', 'AID', 'Flyktninger fra Ukraina kan få arbeid raskere', 'Arbeidsgivere kan ansette personer som har søkt kollektiv beskyttelse, før søknaden er ferdig behandlet.'),
  doc('2022-05-06', 'pressemelding', 'KLD', 'Regjeringen legger fram handlingsplan for sirkulær økonomi', 'Målet er bedre utnyttelse av ressursene og mindre avfall.'),
  doc('2022-05-09', 'nyhet', 'FD', 'Forsvaret øker tilstedeværelsen i nord', 'Flere fartøyer og fly skal patruljere i nordområdene.'),
  doc('2022-05-10', 'pressemelding', 'KDD', 'Distriktsmelding: tiltak for levende lokalsamfunn', 'Regjeringen vil styrke kommuneøkonomien i distriktene.'),
  doc('2022-05-11', 'nyhet', 'JD', 'Norges niende rapport til FNs torturkomité', 'Norge har levert sin niende periodiske rapport til FNs komité mot tortur (CAT) om etterlevelsen av torturkonvensjonen. Et utkast til rapporten har vært på høring.', { slug: 'norges-niende-rapport-til-fns-torturkomite', id: 2913639, onTopic: true }),
  doc('2022-05-12', 'proposisjon', 'FIN', 'Prop. 115 S (2021–2022) Tilleggsbevilgninger og omprioriteringer i statsbudsjettet 2022', 'Revidert nasjonalbudsjett 2022.'),
  doc('2022-05-12', 'pressemelding', 'FIN', 'Revidert nasjonalbudsjett 2022: ekstra penger til flyktninger og strømstøtte', 'Regjeringen foreslår store bevilgninger til mottak og bosetting av flyktninger fra Ukraina.'),
  doc('2022-05-13', 'nyhet', 'KUD', 'Frivilligheten får mer støtte til arbeid med flyktninger', 'Tilskuddsordningen økes med 50 millioner kroner.'),
  doc('2022-05-16', 'pressemelding', 'SD', 'Gratis ferje på flere samband fra 1. juli', 'Ferjesamband med færre enn 100 000 passasjerer blir gratis.'),
  doc('2022-05-17', 'nyhet', 'UD', 'Kronprinsparet og statsministeren feiret 17. mai med ukrainske barn', 'Barn fra Ukraina deltok i barnetoget i Oslo.'),
  doc('2022-05-18', 'pressemelding', 'AID', 'Regjeringen vil ha flere i arbeid: ny stortingsmelding om arbeidsinkludering', 'Meldingen skal legges fram neste år.'),
  doc('2022-05-19', 'nyhet', 'JD', 'Justisministeren møtte nordiske kolleger om Ukraina-flyktninger', 'De nordiske landene vil samarbeide om registrering og beskyttelse av flyktninger.', { onTopic: true }),
  doc('2022-05-20', 'rapport', 'KD', 'Rapport om utenforskap blant unge', 'Kunnskapsgrunnlaget viser at frafall i videregående henger sammen med helse og økonomi.'),
  doc('2022-05-23', 'pressemelding', 'OED', 'Bedre utnyttelse av vannkraften: regjeringen åpner for opprustning av eldre kraftverk', 'Konsesjonsbehandlingen av opprustningsprosjekter skal gå raskere.'),
  doc('2022-05-24', 'nyhet', 'HOD', 'Ukrainsk helsepersonell kan få midlertidig autorisasjon', 'Helsedirektoratet får en ny ordning for rask autorisasjon.'),
  doc('2022-05-25', 'pressemelding', 'BFD', 'Krisesentrene får styrket finansiering', 'Regjeringen vil sikre et godt tilbud til personer utsatt for vold i nære relasjoner.', { onTopic: false }),
  doc('2022-05-27', 'melding', 'AID', 'Meld. St. 14 (2021–2022) Arbeidsmiljøpolitikken', 'Meldingen omtaler arbeidsmiljøutfordringer og tiltak mot arbeidslivskriminalitet.', { onTopic: true }),
  doc('2022-05-30', 'nyhet', 'NFD', 'Regjeringen vil utnytte de store mulighetene i mineralnæringen', 'Ny strategi for bærekraftig utvinning av mineraler.'),
  doc('2022-05-31', 'pressemelding', 'KDD', 'Bosettingen av flyktninger fra Ukraina går raskere', 'Over 10 000 flyktninger er bosatt i kommunene.'),
  doc('2022-06-01', 'nyhet', 'UD', 'Norge støtter mineryddingen i Ukraina', 'Norsk Folkehjelp får midler til minerydding.'),
  doc('2022-06-02', 'pressemelding', 'JD', 'Regjeringen styrker kriminalomsorgen', 'Flere fengselsbetjenter skal redusere isolasjon.'),
  doc('2022-06-03', 'nyhet', 'FIN', 'Statens pensjonsfond utland: ny strategi for ansvarlig forvaltning', 'Fondet skal følge opp menneskerettigheter i selskapene det eier.'),
  doc('2022-06-07', 'pressemelding', 'AID', 'Lov om tiltak mot sosial dumping i transport vedtatt', 'Stortinget har vedtatt regjeringens forslag om allmenngjøring i godstransport.', { onTopic: true }),
  doc('2022-06-08', 'nyhet', 'JD', 'Justisministeren om GRETAs rapport om Norge', 'Regjeringen vil gå gjennom anbefalingene fra Europarådets ekspertgruppe mot menneskehandel.', { onTopic: true }),
  doc('2022-06-09', 'pressemelding', 'JD', 'Regjeringen følger opp Riksrevisjonens rapport om vold i nære relasjoner', 'Justisministeren vil prioritere vold i nære relasjoner høyere i hele straffesakskjeden.'),
  doc('2022-06-10', 'nyhet', 'KLD', 'Klimaplan: utnytte skogen bedre som karbonlager', 'Regjeringen vil øke opptaket av CO₂ i skog.'),
  doc('2022-06-13', 'pressemelding', 'SD', 'Nye regler for drosjenæringen', 'Regjeringen gjeninnfører behovsprøving i distriktene.'),
  doc('2022-06-14', 'nyhet', 'HOD', 'Ventetidene skal ned: ny plan for sykehusene', 'Helseforetakene får krav om kortere ventetid.'),
  doc('2022-06-15', 'pressemelding', 'KD', 'Flere lærere skal få videreutdanning', 'Regjeringen øker satsingen på kompetanse for kvalitet.'),
  doc('2022-06-16', 'nyhet', 'AID', 'Ukrainske flyktninger: over 4000 i arbeid', 'Mange har fått jobb i landbruk, hotell og helse.'),
  doc('2022-06-17', 'pressemelding', 'NFD', 'Ny havbruksmelding: bedre utnyttelse av sjøarealene', 'Regjeringen vil legge til rette for havbruk til havs.'),
  doc('2022-06-20', 'nyhet', 'UD', 'Verdens flyktningdag: Norge øker støtten til UNHCR', 'Norge gir ekstra midler til flyktninger i Europa og Afrika.'),
  doc('2022-06-21', 'pressemelding', 'AID', 'Ny forskrift åpner for informasjonsdeling i kampen mot arbeidslivskriminalitet', 'Regjeringen har vedtatt akrim-informasjonsforskriften om deling av taushetsbelagte opplysninger og behandling av personopplysninger i det tverretatlige samarbeidet mot arbeidslivskriminalitet.', { slug: 'ny-forskrift-apner-for-informasjonsdeling-i-kampen-mot-arbeidslivskriminalitet', id: 2919505, onTopic: true }),
  doc('2022-06-22', 'nyhet', 'JD', 'Ny lov om tilsyn med omsorgen for enslige mindreårige i asylmottak', 'Statsforvalteren skal føre tilsyn med omsorgen for enslige mindreårige som bor i asylmottak.', { onTopic: true }),
  doc('2022-06-23', 'pressemelding', 'KUD', 'Regjeringen vil styrke likestillingsarbeidet', 'Ny handlingsplan mot negativ sosial kontroll og æresrelatert vold legges fram i høst.'),
  doc('2022-06-24', 'nyhet', 'FD', 'Norge sender flere luftvernsystemer til Ukraina', 'Forsvaret gir Ukraina luftvernmateriell.'),
  doc('2022-06-27', 'pressemelding', 'OED', 'Strømstøtten forlenges til mars 2023', 'Regjeringen viderefører strømstøtten til husholdningene.'),
  doc('2022-06-28', 'nyhet', 'LMD', 'Jordbruksoppgjøret 2022 vedtatt', 'Stortinget har vedtatt jordbruksavtalen.'),
  doc('2022-06-29', 'pressemelding', 'HOD', 'Nasjonal strategi for helseberedskap', 'Regjeringen vil styrke lagrene av legemidler.'),
  doc('2022-06-30', 'nyhet', 'JD', 'Lengre varighet for kollektiv beskyttelse for fordrevne fra Ukraina', 'Tillatelsene gis nå for to år.'),
];

/**
 * The routine bulk of ministers' visits, grants and statements: several a day on the real site.
 * Built from realistic parts (who, what, where) so that the feeds are as full as the real ones;
 * none of it is anything an editor of the newsletter would take.
 */
const VISITS: Array<[Dep, string]> = [
  ['SD', 'samferdselsministeren åpnet ny veistrekning'], ['KD', 'kunnskapsministeren besøkte en yrkesskole'], ['HOD', 'helseministeren besøkte sykehuset'],
  ['NFD', 'næringsministeren besøkte et verft'], ['KLD', 'klimaministeren besøkte et naturreservat'], ['LMD', 'landbruksministeren besøkte et gårdsbruk'],
  ['KDD', 'kommunalministeren møtte ordførere'], ['KUD', 'kulturministeren åpnet et nytt bibliotek'], ['OED', 'energiministeren besøkte et kraftverk'],
  ['FIN', 'finansministeren møtte partene i arbeidslivet'], ['FD', 'forsvarsministeren besøkte en garnison'], ['BFD', 'barneministeren besøkte en fritidsklubb'],
];
const PLACES = ['Bodø', 'Tromsø', 'Ålesund', 'Hamar', 'Kristiansand', 'Stavanger', 'Bergen', 'Trondheim', 'Lillehammer', 'Molde', 'Arendal', 'Alta', 'Gjøvik', 'Harstad', 'Florø', 'Steinkjer', 'Sarpsborg', 'Drammen', 'Narvik', 'Haugesund'];

const routine: Entry[] = [];
{
  let day = '2022-04-01';
  let index = 0;
  while (day <= '2022-06-30') {
    for (let k = 0; k < 2; k += 1, index += 1) {
      const [dep, what] = VISITS[index % VISITS.length]!;
      const place = PLACES[(index * 7) % PLACES.length]!;
      const title = `${what.charAt(0).toUpperCase()}${what.slice(1)} i ${place}`;
      routine.push(doc(day, 'nyhet', dep, title, `Statsråden var i ${place} og snakket med ansatte og lokale folkevalgte.`, { slug: slugify(`${title} ${index}`) }));
    }
    const next = new Date(`${day}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    // Weekends are quiet.
    while (next.getUTCDay() === 0 || next.getUTCDay() === 6) next.setUTCDate(next.getUTCDate() + 1);
    day = next.toISOString().slice(0, 10);
  }
}

export const regjeringen: Entry[] = [...hearings, ...documents, ...routine];
