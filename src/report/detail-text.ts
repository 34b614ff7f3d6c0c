/**
 * The free-text details the code writes in English (a source's "no items found (last time 8):
 * did the page change layout?", a link's "HTTP 404 Not Found", a fetch error), as an editor
 * reads them in Norwegian. The details are stored as text in the store (source state, link
 * state), written long before anyone reads them, so they are rendered at the edge: each known
 * phrase is a rule here, applied in order; parts no rule knows (a server's own words, a URL)
 * stay as they were. English readers get the detail as written.
 */
import { STATUS_CODES } from '../model/status-codes.js';

/** Norwegian for the HTTP statuses a link or a source commonly ends in; others show the number only. */
const HTTP_STATUS_NB: Record<number, string> = {
  301: 'flyttet permanent',
  302: 'flyttet midlertidig',
  400: 'ugyldig forespørsel',
  401: 'krever innlogging',
  402: 'krever betaling',
  403: 'ingen tilgang',
  404: 'finnes ikke',
  405: 'metoden er ikke tillatt',
  406: 'ikke akseptabelt',
  407: 'proxyen krever innlogging',
  408: 'tidsavbrudd',
  410: 'fjernet',
  418: 'avvist',
  429: 'for mange forespørsler',
  451: 'utilgjengelig av juridiske grunner',
  500: 'intern serverfeil',
  502: 'feil i mellomleddet',
  503: 'tjenesten er utilgjengelig',
  504: 'tidsavbrudd i mellomleddet',
  999: 'forespørsel avvist',
};

/** "HTTP 404 Not Found" → "HTTP 404 (finnes ikke)". */
function httpStatusNb(_whole: string, code: string): string {
  const nb = HTTP_STATUS_NB[Number(code)];
  return nb ? `HTTP ${code} (${nb})` : `HTTP ${code}`;
}

/** The English reason phrases node:http knows, longest first, so "HTTP 404 Not Found" loses all of its words. */
const REASON_PHRASES = Object.values(STATUS_CODES)
  .filter((phrase): phrase is string => typeof phrase === 'string')
  .concat(['Request Denied'])
  .sort((a, b) => b.length - a.length)
  .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');

export type DetailRule = readonly [pattern: RegExp, nb: string | ((...match: string[]) => string)];

/** Each phrase the code writes, and how it reads in Norwegian; `$1` is the phrase's own number or name. */
export const DETAIL_RULES: readonly DetailRule[] = [
  // Watch: what extraction found (watch/quality.ts, sources/listing-pages.ts).
  [/no items found on the first run: `sourcewatch sources probe <id>` shows what each selector matched and suggests a source block/g, 'ingen saker funnet ved første kjøring: `sourcewatch sources probe <id>` viser hva hver selektor traff, og foreslår en kildeblokk'],
  [/(\d+) items found, none with both a title and a link/g, '$1 saker funnet, ingen med både tittel og lenke'],
  [/no items found \(last time (\d+)\)/g, 'ingen saker funnet (sist $1)'],
  [/no items found/g, 'ingen saker funnet'],
  [/(\d+) of (\d+) items lack a title or a link/g, '$1 av $2 saker mangler tittel eller lenke'],
  [/selectors matched nothing; (\d+) items? found by link pattern/g, 'selektorene traff ingenting; $1 sak(er) funnet med lenkemønsteret'],
  [/ ?[—:] did the page change layout\?/g, ': har siden fått ny utforming?'],
  // Fetching (fetch/error-kind.ts, fetch/follow.ts) and judging links (links/classify.ts).
  [new RegExp(`HTTP (\\d{3})(?: (?:${REASON_PHRASES}))?`, 'g'), httpStatusNb],
  [/host name does not exist \(DNS\)/g, 'vertsnavnet finnes ikke (DNS)'],
  [/host name not found/g, 'vertsnavnet finnes ikke'],
  [/redirect loop back to/g, 'omdirigeringssløyfe tilbake til'],
  [/redirect loop/g, 'omdirigeringssløyfe'],
  [/too many redirects/g, 'for mange omdirigeringer'],
  [/more than (\d+) redirects/g, 'mer enn $1 omdirigeringer'],
  [/redirect ends in/g, 'omdirigeringen ender i'],
  [/unreadable redirect target/g, 'uleselig omdirigeringsmål'],
  [/timed out/g, 'tidsavbrudd'],
  [/connection refused/g, 'tilkoblingen ble avvist'],
  [/connection reset/g, 'tilkoblingen ble brutt'],
  [/TLS error \(certificate or handshake\)/g, 'TLS-feil (sertifikat eller håndtrykk)'],
  [/TLS failure/g, 'TLS-feil'],
  [/network error/g, 'nettverksfeil'],
  [/no response recorded/g, 'ikke noe svar registrert'],
  [/gave up waiting/g, 'ga opp å vente'],
  [/asked to wait (\d+) s, more than the (\d+) s allowed/g, 'bedt om å vente $1 s, mer enn de $2 s som er tillatt'],
  [/\(after retries\)/g, '(etter nye forsøk)'],
  [/the page needs a login/g, 'siden krever innlogging'],
  [/a proxy between the checker and the site wants credentials/g, 'en proxy mellom sjekkeren og nettstedet vil ha innlogging'],
  [/behind a paywall/g, 'bak betalingsmur'],
  [/removed for good/g, 'fjernet for godt'],
  [/withheld by the site \(possibly only in some countries\)/g, 'holdt tilbake av nettstedet (kanskje bare i noen land)'],
  [/the site asks us to slow down/g, 'nettstedet ber oss sette ned farten'],
  [/(\d{3}) with (.+?): a bot wall, not a dead page/g, '$1 med $2: en botvegg, ikke en død side'],
  [/refused to an anonymous client, most often a bot rule, not a removed page/g, 'avvist for en anonym klient, oftest en botregel, ikke en fjernet side'],
  [/LinkedIn's refusal of automated clients/g, 'LinkedIn avviser automatiske klienter'],
  [/the server refuses this client, most often a bot rule/g, 'serveren avviser denne klienten, oftest en botregel'],
  [/non-standard HTTP (\d+): usually a refusal of automated clients/g, 'ikke-standard HTTP $1: som regel en avvisning av automatiske klienter'],
  [/without a usable Location: a browser stops here too/g, 'uten brukbar Location: en nettleser stopper her også'],
  [/deep link redirects to the home page (\S+): the page is gone/g, 'dyplenken sendes til forsiden $1: siden er borte'],
  [/, but the /g, ', men '],
  [/#(\S+) is not an anchor in the page/g, '#$1 er ikke et anker på siden'],
  [/#(\S+) exists once scripts have run/g, '#$1 finnes når skriptene har kjørt'],
  [/#(\S+) not found in the served HTML, but only the start of the page was read/g, '#$1 ikke funnet i HTML-en, men bare starten av siden ble lest'],
  [/mailto: address looks valid/g, 'mailto: adressen ser gyldig ut'],
  [/(\S+) links are not checked/g, '$1-lenker sjekkes ikke'],
];

/** A detail the code wrote, in the reader's language (Norwegian: every known phrase translated). */
export function detailText(detail: string, language: 'nb' | 'en'): string {
  if (language === 'en' || detail === '') return detail;
  let text = detail;
  for (const [pattern, nb] of DETAIL_RULES) text = typeof nb === 'string' ? text.replace(pattern, nb) : text.replace(pattern, nb as (...match: string[]) => string);
  return text;
}
