/**
 * Soft 404s: pages that answer 200 but say "not found", and deep links that land on a
 * site's home page. Pure string work, no I/O.
 *
 * Only the page's title and main headings are read, never the whole body: a page *about*
 * 404 errors, or an article quoting "siden finnes ikke", is not itself a missing page.
 */

/**
 * A phrase as a pattern: words separated by any space, bounded by non-letters. JavaScript's
 * `\b` knows only ASCII, so it would fail after "trouvée" or "löytynyt"'s neighbours.
 */
function phrase(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source.replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`, 'u');
}

/** Phrases that mean "not found" wherever they stand in the title or a main heading. */
const NOT_FOUND_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  // English
  [phrase('page not found'), 'page not found'],
  [phrase("(?:page|file|document|resource)[^.!?]{0,60}(?:could not|couldn't|cannot|can not|can't) be found"), 'page could not be found'],
  [phrase("page (?:does not|doesn't|no longer) exists?"), 'page does not exist'],
  // Norwegian bokmål
  [phrase('siden finnes ikke'), 'siden finnes ikke'],
  [phrase('siden (?:ble|vart) ikke funnet'), 'siden ble ikke funnet'],
  [phrase('fant ikke siden'), 'fant ikke siden'],
  [phrase('finner ikke siden'), 'finner ikke siden'],
  [phrase('siden? ikke funnet'), 'side ikke funnet'],
  [phrase('siden eksisterer ikke'), 'siden eksisterer ikke'],
  // Not "vi finner ikke" alone: "Vi finner ikke ofrene" is a headline this newsletter links to.
  [phrase('vi (?:finner|fant) ikke (?:siden|sida|nettsiden|den siden|denne siden|innholdet|artikkelen|dokumentet|saken du|det du (?:leter|søker|ser) etter)'), 'vi finner ikke'],
  [phrase('beklager,? siden'), 'beklager, siden'],
  // Norwegian nynorsk
  [phrase('sida finst ikkje'), 'sida finst ikkje'],
  [phrase('(?:fann|finn) ikkje sida'), 'fann ikkje sida'],
  [phrase('sida (?:vart|blei|ble) ikkje funnen'), 'sida vart ikkje funnen'],
  [phrase('sid[ae] ikkje funnen'), 'side ikkje funnen'],
  [phrase('beklagar,? sida'), 'beklagar, sida'],
  [phrase('vi (?:finn|fann) ikkje (?:sida|nettsida|innhaldet|det du)'), 'vi finn ikkje'],
  // Danish and Swedish: neighbours whose pages get linked too
  [phrase('siden (?:findes ikke|blev ikke fundet)'), 'siden findes ikke'],
  [phrase('sidan (?:kunde inte hittas|hittades inte|finns inte)'), 'sidan kunde inte hittas'],
  // Finnish
  [phrase('sivua ei (?:löytynyt|löydy)'), 'sivua ei löytynyt'],
  [phrase('etsimääsi sivua ei'), 'etsimääsi sivua ei'],
  // French
  [phrase('page introuvable'), 'page introuvable'],
  [phrase('page non trouvée'), 'page non trouvée'],
  // German
  [phrase('seite (?:wurde )?nicht gefunden'), 'seite nicht gefunden'],
];

/**
 * "Not found" on its own is too common in real titles ("Lost and not found: …") to count
 * anywhere: it counts only when a title segment or heading is little more than that.
 */
const BARE_NOT_FOUND = /^(?:(?:404|error|oops!?|sorry,?|file|resource|document|content|the page|page)\s*[-:!.,]?\s*)*not found[.!]?$/;

/**
 * A segment that is "404" and nothing more: "404", "Error 404", "Feil 404", "404-feil",
 * "Oops! 404". Not "404 errors explained": that is a page about 404s.
 */
const BARE_404 = /^(?:oops!?\s*)?(?:(?:error|feil|http|code|kode|virhe|erreur|fehler|status)\s*[-:]?\s*)?404(?:\s*[-:]?\s*(?:error|feil|virhe|erreur|fehler))?[.!]?$/;

/** Said only in the title: in a heading it is too often an article's subject. */
const TITLE_ONLY_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [phrase('no longer available'), 'no longer available'],
  [phrase('ikke lenger tilgjengelig'), 'ikke lenger tilgjengelig'],
  [phrase('ikkje lenger tilgjengeleg'), 'ikkje lenger tilgjengeleg'],
  [phrase('ei ole enää saatavilla'), 'ei ole enää saatavilla'],
  [phrase("n'est plus disponible"), "n'est plus disponible"],
];

/** Title segments are separated like "Siden finnes ikke | Regjeringen.no". */
const SEGMENT_SEPARATORS = /\s+[|–—·:-]\s+|\s*[|–—·]\s*|:\s+/;

/**
 * An error page's own address. "404" alone counts only as the whole path ("/404", "/en/404",
 * "/errors/404"): "/cthb/404" may well be node 404 of a real site.
 */
const NOT_FOUND_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:errors?\/)?404(?:\.\w+)?\/?$|\/errors?\/404\/?$/i;
const NOT_FOUND_PATH_SEGMENT = /^(?:404\.\w+|not-?found|page-?not-?found|pagenotfound|error-?404|404-?error|side-?ikke-?funnet|siden-?finnes-?ikke|finnes-?ikke)$/i;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', middot: '·',
  hellip: '…', rsquo: '’', lsquo: '‘', laquo: '«', raquo: '»', bull: '•', vert: '|',
  aring: 'å', Aring: 'Å', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ',
  auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', uuml: 'ü', Uuml: 'Ü',
  eacute: 'é', Eacute: 'É', egrave: 'è', ecirc: 'ê', agrave: 'à', ccedil: 'ç',
};

/** Decode the entities that show up in titles and headings. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** Markup to plain, lower-cased, single-spaced text. */
function plainText(markup: string): string {
  return decodeEntities(markup.replace(/<[^>]*>/g, ' '))
    .replace(/[\u00a0\u2000-\u200b\s]+/g, ' ')
    .replace(/[‘’`´]/g, "'")
    .trim()
    .toLowerCase();
}

/** The page's `<title>` text (plain, lower-cased), or '' when there is none. */
export function titleText(html: string): string {
  // Only the head is searched: an SVG <title> deep in the body is not the page title.
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = headEnd === -1 ? html.slice(0, 20_000) : html.slice(0, headEnd);
  const match = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(head);
  return match ? plainText(match[1] ?? '') : '';
}

/**
 * The page's main headings: every `<h1>` (most pages have one; some templates put the
 * site logo in an h1 and the page heading in a second), or the first `<h2>` when there is
 * no h1 at all. Markup inside scripts and comments is skipped.
 */
export function mainHeadings(html: string): string[] {
  const visible = html.replace(/<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>/gi, ' ');
  const h1s = [...visible.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/gi)].slice(0, 5).map((m) => plainText(m[1] ?? ''));
  if (h1s.length > 0) return h1s.filter((text) => text !== '');
  const h2 = /<h2\b[^>]*>([\s\S]*?)<\/h2\s*>/i.exec(visible);
  return h2 ? [plainText(h2[1] ?? '')].filter((text) => text !== '') : [];
}

function segments(text: string): string[] {
  return text
    .split(SEGMENT_SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The not-found sign in one title or heading text, if any. */
function signIn(text: string, where: 'title' | 'heading'): string | undefined {
  for (const [pattern, sign] of NOT_FOUND_PHRASES) if (pattern.test(text)) return sign;
  for (const part of [text, ...segments(text)]) {
    if (BARE_NOT_FOUND.test(part)) return 'not found';
    if (BARE_404.test(part)) return '404';
  }
  if (where === 'title') for (const [pattern, sign] of TITLE_ONLY_PHRASES) if (pattern.test(text)) return sign;
  return undefined;
}

/**
 * Does this page say that it is not found? Returns the sign found, described with where it
 * stands (`title: "siden finnes ikke"`), or undefined.
 *
 * Reads the `<title>` and the main headings; and, when given, `url`: the address the link
 * ended on *after redirects*, which may itself be an error page (/404.html, ASP.NET's
 * `?aspxerrorpath=`). Pass it only when it differs from the link itself.
 */
export function looksNotFound(html: string, url?: string): string | undefined {
  const title = titleText(html);
  if (title) {
    const sign = signIn(title, 'title');
    if (sign) return `title says "${sign}"`;
  }
  for (const heading of mainHeadings(html)) {
    const sign = signIn(heading, 'heading');
    if (sign) return `heading says "${sign}"`;
  }
  if (url) {
    const sign = notFoundUrlSign(url);
    if (sign) return sign;
  }
  return undefined;
}

/** An error page's own address: /404.html, /pagenotfound, ?aspxerrorpath=… */
function notFoundUrlSign(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.searchParams.has('aspxerrorpath')) return 'URL is an error page (aspxerrorpath)';
  if (NOT_FOUND_PATH.test(parsed.pathname)) return `URL is an error page (${parsed.pathname})`;
  const segment = parsed.pathname.split('/').find((part) => NOT_FOUND_PATH_SEGMENT.test(safeDecode(part)));
  return segment === undefined ? undefined : `URL is an error page (/${segment})`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Second-level labels under which registrations happen (co.uk, com.au…). A small list, not
 * the Public Suffix List: it only has to keep two unrelated sites under one such suffix apart.
 */
const SECOND_LEVEL_SUFFIXES = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'govt', 'nhs', 'police', 'mil', 'ltd', 'plc', 'sch', 'priv', 'or', 'ne', 'go', 'gv']);

/** The registrable domain ("www.cthb.osce.org" → "osce.org", "a.b.gov.uk" → "b.gov.uk"). */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const labels = host.split('.');
  const secondLast = labels[labels.length - 2] ?? '';
  const take = labels.length >= 3 && SECOND_LEVEL_SUFFIXES.has(secondLast) && (labels[labels.length - 1] ?? '').length === 2 ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * Language codes sites use as the root of a language version ("/en/", "/nb/", "/se/"):
 * the languages of Europe, the Nordic countries and the Sami languages, and the big world
 * languages. A list, not "any two letters": "/ok", "/my" and "/go" are pages, not roots.
 */
export const LANGUAGE_ROOTS: ReadonlySet<string> = new Set([
  'en', 'nb', 'nn', 'no', 'se', 'sma', 'smj', 'sv', 'da', 'fi', 'is', 'fo', 'kl', 'de', 'fr', 'es', 'it', 'pt', 'nl',
  'pl', 'ru', 'uk', 'be', 'et', 'lv', 'lt', 'cs', 'sk', 'sl', 'hr', 'sr', 'bs', 'mk', 'sq', 'hu', 'ro', 'bg', 'el',
  'tr', 'ga', 'cy', 'mt', 'lb', 'eu', 'ca', 'gl', 'ka', 'hy', 'az', 'ar', 'fa', 'he', 'ur', 'hi', 'so', 'ti', 'am',
  'zh', 'ja', 'ko', 'vi', 'th', 'id', 'ms', 'tl', 'sw',
]);

/** Index pages that stand for a site's (or a language version's) home. */
const INDEX_PAGE = /^(?:index|default|home|start|forside)(?:\.(?:html?|php|aspx?|jsp))?$/i;

/** "en", "en-GB", "nb_NO", "sma": a language root segment. Pure. */
export function isLanguageRoot(segment: string): boolean {
  const match = /^([a-z]{2,3})(?:[-_][a-z]{2,4})?$/i.exec(segment);
  return match !== null && LANGUAGE_ROOTS.has(match[1]!.toLowerCase());
}

/** Paths that are a site's home page: "/", "/en/", "/nb", "/index.html", "/en/index.php", "/no/forside". */
export function isHomePath(pathname: string): boolean {
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return true;
  if (segments.length > 2) return false;
  const [first, second] = segments as [string, string | undefined];
  if (segments.length === 1) return isLanguageRoot(first) || INDEX_PAGE.test(first);
  return isLanguageRoot(first) && INDEX_PAGE.test(second!);
}

/** Query parameters a home-page redirect may carry without being anything but the home page. */
const HARMLESS_HOME_QUERY = /^(?:utm_\w+|lang|language|locale|hl|ref|from|gclid|fbclid)$/i;

/**
 * Did a deep link land on its site's home page? That is how many CMSs answer a removed page
 * (a redirect to "/" or "/en/" instead of a 404).
 *
 * Deep: the original has a path that is not itself a home path (≥1 non-empty segment) or a
 * query. Home: the final path is "/", a bare language root ("/en/", "/nb"), or an index
 * file, with no query beyond tracking/language parameters, on the same registrable domain
 * (www.fafo.no → fafo.no counts; another site's home page does not).
 */
export function isHomeRedirect(originalUrl: string, finalUrl: string): boolean {
  let original: URL;
  let final: URL;
  try {
    original = new URL(originalUrl);
    final = new URL(finalUrl);
  } catch {
    return false;
  }
  if (registrableDomain(original.hostname) !== registrableDomain(final.hostname)) return false;
  const originalIsDeep = !isHomePath(original.pathname) || original.search.length > 1;
  if (!originalIsDeep) return false;
  if (!isHomePath(final.pathname)) return false;
  for (const name of final.searchParams.keys()) if (!HARMLESS_HOME_QUERY.test(name)) return false;
  // "/?p=123" → "/" is a deep link landing home; "/en/" → "/" is not deep to begin with.
  return original.pathname !== final.pathname || original.search !== final.search;
}
