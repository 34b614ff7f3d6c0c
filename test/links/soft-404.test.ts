import { describe, expect, it } from 'vitest';
import { isHomePath, isHomeRedirect, looksNotFound, registrableDomain } from '../../src/links/soft-404.js';

const doc = (title: string, body = ''): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('looksNotFound', () => {
  it.each([
    // [situation, html, url, expected sign (substring) or undefined]
    ['bokmål title', doc('Siden finnes ikke - regjeringen.no'), undefined, 'siden finnes ikke'],
    ['bokmål h1', doc('Politiet', '<h1>Siden ble ikke funnet</h1>'), undefined, 'siden ble ikke funnet'],
    ['bokmål "fant ikke siden"', doc('Oops', '<h1>Vi fant ikke siden</h1>'), undefined, 'fant ikke siden'],
    ['bokmål "finner ikke siden"', doc('UDI', '<h1>Vi finner ikke siden du leter etter</h1>'), undefined, 'finner ikke siden'],
    ['bokmål "side ikke funnet"', doc('404 - Side ikke funnet'), undefined, 'side ikke funnet'],
    ['bokmål "vi finner ikke innholdet"', doc('Arbeidstilsynet', '<h1>Vi finner ikke innholdet</h1>'), undefined, 'vi finner ikke'],
    ['bokmål "Beklager, siden …"', doc('Stortinget', '<h1>Beklager, siden du leter etter er flyttet</h1>'), undefined, 'beklager, siden'],
    ['nynorsk "sida finst ikkje"', doc('Sida finst ikkje'), undefined, 'sida finst ikkje'],
    ['nynorsk h1', doc('Kommunen', '<h1>Vi fann ikkje sida</h1>'), undefined, 'fann ikkje sida'],
    ['English "Page not found"', doc('Page not found | OSCE'), undefined, 'page not found'],
    ['English bare "Not Found"', doc('Not Found'), undefined, 'not found'],
    ['English "404 Not Found"', doc('404 Not Found'), undefined, 'not found'],
    ['English h1 "could not be found"', doc('Fafo', '<h1>The page you requested could not be found</h1>'), undefined, 'could not be found'],
    ['bare "404" segment', doc('404 | Fafo'), undefined, '404'],
    ['"Error 404"', doc('Fafo', '<h1>Error 404</h1>'), undefined, '404'],
    ['Finnish', doc('Sivua ei löytynyt - HEUNI'), undefined, 'sivua ei löytynyt'],
    ['Finnish, entity-encoded', doc('Sivua ei l&ouml;ytynyt'), undefined, 'sivua ei löytynyt'],
    ['French', doc('Page introuvable - Conseil de l&#39;Europe'), undefined, 'page introuvable'],
    ['French "non trouvée" at the end', doc('Erreur', '<h1>Page non trouvée</h1>'), undefined, 'page non trouvée'],
    ['title only: "no longer available"', doc('This content is no longer available'), undefined, 'no longer available'],
    ['title only: "ikke lenger tilgjengelig"', doc('Saken er ikke lenger tilgjengelig'), undefined, 'ikke lenger tilgjengelig'],
    ['"no longer available" in a heading is an article', doc('Nyheter', '<h1>Support no longer available for victims</h1>'), undefined, undefined],
    ['h1 markup and whitespace', doc('X', '<h1 class="t">\n  Siden  <span>finnes</span>\n ikke </h1>'), undefined, 'siden finnes ikke'],
    ['error page URL after a redirect', doc('Example', '<h1>Oi</h1>'), 'https://example.no/404.html', 'error page'],
    ['ASP.NET aspxerrorpath', doc('Example'), 'https://example.no/Error.aspx?aspxerrorpath=/sak/1', 'aspxerrorpath'],
    // Not 404 pages
    ['a page about 404 errors (body only)', doc('How links break', '<h1>How links break</h1><p>A 404 error or "page not found" means …</p>'), undefined, undefined],
    ['a title about 404 errors', doc('404 errors explained: what they cost you'), undefined, undefined],
    ['"Lost and not found" is a headline', doc('Lost and not found: missing migrant children'), undefined, undefined],
    ['"Vi finner ikke ofrene" is a headline', doc('Nyheter', '<h1>Vi finner ikke ofrene</h1>'), undefined, undefined],
    ['ordinary article', doc('Ny rapport om menneskehandel | Fafo', '<h1>Ny rapport om menneskehandel</h1>'), undefined, undefined],
    ['"siden finnes ikke" in a script only', doc('Fafo', '<h1>Fafo</h1><script>var msg = "<h1>Siden finnes ikke</h1>"</script>'), undefined, undefined],
    ['SVG <title> in the body is not the page title', '<html><head><title>Rapport</title></head><body><svg><title>Not found</title></svg><h1>Rapport</h1></body></html>', undefined, undefined],
    ['node 404 of a real site', doc('OSCE', '<h1>Trafficking report</h1>'), 'https://www.osce.org/cthb/404', undefined],
  ])('%s', (_name, html, url, expected) => {
    const sign = looksNotFound(html, url);
    if (expected === undefined) expect(sign).toBeUndefined();
    else expect(sign).toContain(expected);
  });
});

describe('isHomeRedirect', () => {
  it.each([
    ['deep link → /', 'https://www.udi.no/krisen-i-ukraina/x/', 'https://www.udi.no/', true],
    ['deep link → /en/', 'https://www.fafo.no/zoo-publikasjoner/x', 'https://www.fafo.no/en/', true],
    ['deep link → /nb', 'https://www.example.no/a/b', 'https://www.example.no/nb', true],
    ['deep link → /index.html', 'https://example.no/a', 'https://example.no/index.html', true],
    ['deep link → /no/ (language root)', 'https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87609', 'https://www.stortinget.no/no/', true],
    ['query-only link → /', 'https://example.no/?p=123', 'https://example.no/', true],
    ['www → bare domain counts as the same site', 'https://www.fafo.no/a', 'https://fafo.no/', true],
    ['subdomain → main site', 'https://cthb.osce.org/cthb/663244', 'https://www.osce.org/', true],
    ['home → home', 'https://www.fafo.no/', 'https://www.fafo.no/en/', false],
    ['language root → /', 'https://www.fafo.no/en/', 'https://www.fafo.no/', false],
    ['http → https of the home page', 'http://fafo.no/', 'https://fafo.no/', false],
    ['deep → deep', 'https://www.fafo.no/a', 'https://www.fafo.no/b', false],
    ['deep → home of another site', 'https://old.example.no/a', 'https://new.example.com/', false],
    ['deep → home with a search query', 'https://example.no/a', 'https://example.no/?s=a', false],
    ['deep → home with tracking only', 'https://example.no/a', 'https://example.no/?utm_source=x', true],
    ['two sites under co.uk are not one', 'https://a.co.uk/page', 'https://b.co.uk/', false],
    ['deep → /ok is a page, not a language root', 'https://example.no/a/b', 'https://example.no/ok', false],
    ['deep → /my (an account page) is not home', 'https://example.no/a/b', 'https://example.no/my/', false],
    ['deep → /en-GB/ with a region', 'https://example.no/a/b', 'https://example.no/en-GB/', true],
    ['deep → Northern Sami root /se/', 'https://www.regjeringen.no/se/dokumeanttat/x/', 'https://www.regjeringen.no/se/', true],
  ])('%s', (_name, original, final, expected) => {
    expect(isHomeRedirect(original, final)).toBe(expected);
  });
});

describe('isHomePath', () => {
  it.each([
    ['/', true],
    ['/en/', true],
    ['/nb', true],
    ['/nb_NO/', true],
    ['/sma/', true],
    ['/index.html', true],
    ['/no/forside', true],
    ['/ok', false],
    ['/go/', false],
    ['/xx/', false],
    ['/en/nyheter', false],
    ['/a/b/c', false],
  ])('%s → %s', (path, expected) => expect(isHomePath(path)).toBe(expected));
});

describe('registrableDomain', () => {
  it.each([
    ['www.coe.int', 'coe.int'],
    ['rm.coe.int', 'coe.int'],
    ['cthb.osce.org', 'osce.org'],
    ['data.stortinget.no', 'stortinget.no'],
    ['www.gov.uk', 'www.gov.uk'],
    ['assets.publishing.service.gov.uk', 'service.gov.uk'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (host, expected) => {
    expect(registrableDomain(host)).toBe(expected);
  });
});
