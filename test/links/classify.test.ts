import { describe, expect, it } from 'vitest';
import { classify } from '../../src/links/classify.js';
import type { Hop, LinkObservation, Verdict } from '../../src/links/types.js';

const hop = (url: string, status: number, headers: Record<string, string> = {}): Hop => ({ url, status, headers });
const moved = (url: string, status: number, to: string): Hop => hop(url, status, { location: to });
const html = (title: string, body = '', head = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
const page = (url: string, body: string, extra: Partial<LinkObservation> = {}): LinkObservation => ({
  url,
  chain: [hop(url.replace(/#.*$/, ''), 200, { 'content-type': 'text/html; charset=utf-8' })],
  body,
  contentType: 'text/html; charset=utf-8',
  ...extra,
});
const article = html('Ny rapport om menneskehandel | Fafo', '<main><h1>Ny rapport om menneskehandel</h1><h2 id="section">Funn</h2><a name="old-anchor"></a><p>Tekst.</p></main>');

const CF_CHALLENGE = html('Just a moment...', '<div id="challenge-stage"></div><script>window._cf_chl_opt={cvId:"3"}</script><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script>');
const AKAMAI = '<HTML><HEAD>\n<TITLE>Access Denied</TITLE>\n</HEAD><BODY>\n<H1>Access Denied</H1>\nYou don\'t have permission to access "http&#58;&#47;&#47;www&#46;example&#46;no&#47;" on this server.<P>\nReference&#32;&#35;18&#46;2b3c1402&#46;1700000000&#46;5d1a2b3c\n</BODY>\n</HTML>';
const INCAPSULA = '<html><head><META NAME="robots" CONTENT="noindex,nofollow"><script src="/_Incapsula_Resource?SWJIYLWA=719d34d31c8e3a6e6fffd425f7e032f3"></script></head><body><iframe id="main-iframe" src="/_Incapsula_Resource?CWUDNSAI=9">Request unsuccessful. Incapsula incident ID: 1234-5678</iframe></body></html>';
const LOGIN_FORM = html('Logg inn', '<form method="post"><input name="user" type="text"><input name="pw" type="password"><button>Logg inn</button></form>');
const BOKMAL_404 = html('Siden finnes ikke - regjeringen.no', '<main><h1>Siden finnes ikke</h1><p>Siden kan være flyttet eller slettet.</p></main>');
const NYNORSK_404 = html('Sida finst ikkje | Nynorsk kommune', '<main><h1>Sida finst ikkje</h1></main>');
const EN_404 = html('Page not found | OSCE', '<h1>Page not found</h1><p>The page you requested could not be found.</p>');
const ABOUT_404 = html(
  'What a broken link costs a newsletter | Blog',
  '<main><h1>What a broken link costs a newsletter</h1><h2>Why readers hit 404 errors</h2><p>A "404 Not Found" or "Page not found" message means the page is gone. Norwegian sites say "Siden finnes ikke".</p></main>',
);

interface Expected {
  verdict: Verdict;
  httpStatus?: number | null;
  permanent?: boolean;
  finalUrl?: string | null;
  redirects?: number;
  detail?: RegExp;
}

const rows: Array<[string, LinkObservation, Expected]> = [
  // ── precedence: excluded > unsupported > transport error > statuses > 2xx checks
  ['excluded (even a mailto)', { url: 'mailto:not-an-address', excluded: true, chain: [] }, { verdict: 'excluded', httpStatus: null, detail: /excluded/ }],
  ['excluded (even with an error)', { url: 'https://x.example.no/a', excluded: true, chain: [], error: { code: 'dns', detail: 'ENOTFOUND' } }, { verdict: 'excluded' }],
  ['mailto, valid', { url: 'mailto:KOM.pod@politiet.no', chain: [] }, { verdict: 'unsupported', detail: /^mailto: address looks valid$/ }],
  ['mailto, invalid', { url: 'mailto:KOM.pod(at)politiet.no', chain: [] }, { verdict: 'broken', detail: /mailto: .*no @/ }],
  ['mailto, domain without a dot', { url: 'mailto:post@politiet', chain: [] }, { verdict: 'broken', detail: /no dot/ }],
  ['tel:', { url: 'tel:+4723000000', chain: [] }, { verdict: 'unsupported', detail: /tel: links are not checked/ }],
  ['ftp:', { url: 'ftp://ftp.example.no/file.txt', chain: [] }, { verdict: 'unsupported' }],
  ['javascript:', { url: 'javascript:void(0)', chain: [] }, { verdict: 'unsupported' }],
  ['file:', { url: 'file:///C:/Users/redaktor/rapport.pdf', chain: [] }, { verdict: 'unsupported' }],
  ['not a URL (no scheme)', { url: 'www.udi.no/krisen-i-ukraina/', chain: [] }, { verdict: 'broken', detail: /not a valid URL \(no scheme/ }],
  ['no response and no error', { url: 'https://example.no/a', chain: [] }, { verdict: 'network-error', httpStatus: null }],

  // ── success and redirects
  ['200', page('https://www.fafo.no/zoo-publikasjoner/x', article), { verdict: 'ok', httpStatus: 200, finalUrl: 'https://www.fafo.no/zoo-publikasjoner/x', redirects: 0, detail: /^HTTP 200 OK$/ }],
  ['200 document (HEAD, no body)', { url: 'https://www.politiet.no/globalassets/rapport.pdf', chain: [hop('https://www.politiet.no/globalassets/rapport.pdf', 200, { 'content-type': 'application/pdf' })], contentType: 'application/pdf' }, { verdict: 'ok' }],
  [
    '301 → 200 (permanent)',
    { url: 'https://www.fafo.no/zoo-publikasjoner/a', chain: [moved('https://www.fafo.no/zoo-publikasjoner/a', 301, 'https://www.fafo.no/publikasjoner/a'), hop('https://www.fafo.no/publikasjoner/a', 200)], body: article, contentType: 'text/html' },
    { verdict: 'redirected', permanent: true, httpStatus: 200, finalUrl: 'https://www.fafo.no/publikasjoner/a', redirects: 1, detail: /^redirected permanently to https:\/\/www\.fafo\.no\/publikasjoner\/a \(update the link\): 301 → 200$/ },
  ],
  [
    '302 → 200 (temporary)',
    { url: 'https://cbss.org/news/?tag=x', chain: [moved('https://cbss.org/news/?tag=x', 302, '/news/page/1/?tag=x'), hop('https://cbss.org/news/page/1/?tag=x', 200)], body: article, contentType: 'text/html' },
    { verdict: 'redirected', permanent: false, redirects: 1, detail: /^redirected temporarily to .*: 302 → 200$/ },
  ],
  [
    '308 → 302 → 200 (any permanent hop)',
    { url: 'http://a.example.no/x', chain: [moved('http://a.example.no/x', 308, 'https://a.example.no/x'), moved('https://a.example.no/x', 302, 'https://a.example.no/y'), hop('https://a.example.no/y', 200)] },
    { verdict: 'redirected', permanent: true, redirects: 2, detail: /308 → 302 → 200/ },
  ],
  [
    'http → https only',
    { url: 'http://www.udi.no/krisen-i-ukraina/', chain: [moved('http://www.udi.no/krisen-i-ukraina/', 301, 'https://www.udi.no/krisen-i-ukraina/'), hop('https://www.udi.no/krisen-i-ukraina/', 200)] },
    { verdict: 'redirected', permanent: true, detail: /same page, new form of the address/ },
  ],

  // ── broken
  ['404', { url: 'https://www.osce.org/rss.xml', chain: [hop('https://www.osce.org/rss.xml', 404)] }, { verdict: 'broken', httpStatus: 404, detail: /^HTTP 404 Not Found$/ }],
  ['410', { url: 'https://example.no/gone', chain: [hop('https://example.no/gone', 410)] }, { verdict: 'broken', httpStatus: 410, detail: /410 Gone/ }],
  [
    '301 → 404 (broken after a redirect)',
    { url: 'https://www.fafo.no/zoo-publikasjoner/b', chain: [moved('https://www.fafo.no/zoo-publikasjoner/b', 301, 'https://www.fafo.no/publikasjoner/b'), hop('https://www.fafo.no/publikasjoner/b', 404)] },
    { verdict: 'broken', httpStatus: 404, permanent: true, redirects: 1, detail: /^redirect ends in HTTP 404 Not Found: 301 → 404$/ },
  ],
  ['451 (decided: broken)', { url: 'https://news.example.com/a', chain: [hop('https://news.example.com/a', 451)] }, { verdict: 'broken', httpStatus: 451, detail: /Unavailable For Legal Reasons/ }],
  ['400', { url: 'https://example.no/search?q=%%', chain: [hop('https://example.no/search?q=%%', 400)] }, { verdict: 'broken', httpStatus: 400 }],
  ['final 3xx without Location', { url: 'https://example.no/r', chain: [hop('https://example.no/r', 302)] }, { verdict: 'broken', detail: /without a usable Location/ }],
  [
    '302 → 302 → … loop (error redirect-loop)',
    {
      url: 'https://example.no/a',
      chain: [moved('https://example.no/a', 302, 'https://example.no/b'), moved('https://example.no/b', 302, 'https://example.no/a')],
      error: { code: 'redirect-loop', detail: 'redirect loop back to https://example.no/a' },
    },
    { verdict: 'broken', httpStatus: null, redirects: 2, detail: /^redirect loop: 302 → 302 → redirect-loop$/ },
  ],
  [
    'too many redirects',
    { url: 'https://example.no/0', chain: Array.from({ length: 11 }, (_, i) => moved(`https://example.no/${i}`, 302, `https://example.no/${i + 1}`)), error: { code: 'too-many-redirects', detail: 'more than 10 redirects' } },
    { verdict: 'broken', redirects: 11, detail: /too many redirects \(11\)/ },
  ],
  ['dns', { url: 'https://fairplaybyggoslo.no/arsrapport/', chain: [], error: { code: 'dns', detail: 'getaddrinfo ENOTFOUND fairplaybyggoslo.no' } }, { verdict: 'broken', httpStatus: null, detail: /host name does not exist \(DNS\): fairplaybyggoslo\.no/ }],

  // ── server errors, timeouts, network errors
  ['500', { url: 'https://example.no/a', chain: [hop('https://example.no/a', 500)] }, { verdict: 'server-error', httpStatus: 500, detail: /500 Internal Server Error/ }],
  ['503', { url: 'https://example.no/a', chain: [hop('https://example.no/a', 503)] }, { verdict: 'server-error', httpStatus: 503 }],
  ['timeout', { url: 'https://example.no/slow', chain: [], error: { code: 'timeout', detail: 'no answer in 30 s' } }, { verdict: 'timeout', httpStatus: null, detail: /^timed out: no answer in 30 s$/ }],
  [
    'timeout after a redirect',
    { url: 'https://example.no/old', chain: [moved('https://example.no/old', 301, 'https://slow.example.no/new')], error: { code: 'timeout', detail: 'no answer in 30 s' } },
    { verdict: 'timeout', httpStatus: null, redirects: 1, finalUrl: 'https://slow.example.no/new', detail: /\(301 → timeout\)/ },
  ],
  ['refused', { url: 'https://example.no/a', chain: [], error: { code: 'refused', detail: 'connect ECONNREFUSED 192.0.2.1:443' } }, { verdict: 'network-error', detail: /^connection refused/ }],
  ['reset', { url: 'https://example.no/a', chain: [], error: { code: 'reset', detail: 'socket hang up' } }, { verdict: 'network-error', detail: /^connection reset/ }],
  ['tls', { url: 'https://expired.example.no/', chain: [], error: { code: 'tls', detail: 'certificate has expired' } }, { verdict: 'network-error', detail: /^TLS error.*certificate has expired/ }],
  ['network', { url: 'https://example.no/a', chain: [], error: { code: 'network', detail: 'EHOSTUNREACH' } }, { verdict: 'network-error', detail: /^network error/ }],

  // ── rate limits
  ['429', { url: 'https://data.stortinget.no/eksport/saker', chain: [hop('https://data.stortinget.no/eksport/saker', 429)] }, { verdict: 'rate-limited', httpStatus: 429 }],
  [
    '429 with a wait past the cap (rate-limit-wait)',
    { url: 'https://data.stortinget.no/eksport/saker', chain: [hop('https://data.stortinget.no/eksport/saker', 429, { 'retry-after': '3600' })], error: { code: 'rate-limit-wait', detail: 'asked to wait 3600 s, more than the 120 s allowed' } },
    { verdict: 'rate-limited', httpStatus: 429, detail: /3600 s/ },
  ],

  // ── bot walls
  [
    '403 + cf-mitigated: challenge',
    { url: 'https://www.coe.int/en/web/anti-human-trafficking/-/greta', chain: [hop('https://www.coe.int/en/web/anti-human-trafficking/-/greta', 403, { 'cf-mitigated': 'challenge', server: 'cloudflare' })], body: CF_CHALLENGE, contentType: 'text/html' },
    { verdict: 'blocked', httpStatus: 403, detail: /^403 with a Cloudflare challenge \(cf-mitigated: challenge\): a bot wall, not a dead page$/ },
  ],
  ['403 "Just a moment..." page, no header', { url: 'https://www.coe.int/x', chain: [hop('https://www.coe.int/x', 403)], body: CF_CHALLENGE, contentType: 'text/html' }, { verdict: 'blocked', detail: /Cloudflare challenge/ }],
  ['200 challenge page (bot wall over ok)', { url: 'https://www.coe.int/x', chain: [hop('https://www.coe.int/x', 200)], body: CF_CHALLENGE, contentType: 'text/html' }, { verdict: 'blocked', httpStatus: 200 }],
  ['503 + cf-mitigated (bot wall over server-error)', { url: 'https://www.coe.int/x', chain: [hop('https://www.coe.int/x', 503, { 'cf-mitigated': 'challenge' })] }, { verdict: 'blocked', httpStatus: 503 }],
  [
    '200 ordinary page with Cloudflare\'s challenge-platform script (weak sign: ok)',
    page('https://www.regjeringen.no/no/aktuelt/x/id2913639/', html('Norges niende rapport', '<h1>Norges niende rapport</h1><script src="/cdn-cgi/challenge-platform/scripts/jsd/main.js"></script>')),
    { verdict: 'ok' },
  ],
  ['403 Attention Required! | Cloudflare', { url: 'https://x.example.no/', chain: [hop('https://x.example.no/', 403)], body: html('Attention Required! | Cloudflare', '<h1>Sorry, you have been blocked</h1>'), contentType: 'text/html' }, { verdict: 'blocked', detail: /Attention Required/ }],
  ['403 "Checking your browser"', { url: 'https://x.example.no/', chain: [hop('https://x.example.no/', 403)], body: html('Please wait', '<p>Checking your browser before accessing x.example.no.</p>'), contentType: 'text/html' }, { verdict: 'blocked', detail: /Checking your browser/ }],
  ['403 Akamai "Access Denied" + "Reference #"', { url: 'https://www.example.no/', chain: [hop('https://www.example.no/', 403, { server: 'AkamaiGHost' })], body: AKAMAI, contentType: 'text/html' }, { verdict: 'blocked', detail: /Akamai/ }],
  ['200 Incapsula block page', { url: 'https://www.example.no/', chain: [hop('https://www.example.no/', 200)], body: INCAPSULA, contentType: 'text/html' }, { verdict: 'blocked', detail: /Incapsula/ }],
  ['403 DataDome', { url: 'https://www.example.fr/', chain: [hop('https://www.example.fr/', 403)], body: '<html><head><title>example.fr</title></head><body><script src="https://ct.captcha-delivery.com/c.js"></script></body></html>', contentType: 'text/html' }, { verdict: 'blocked', detail: /DataDome/ }],
  ['403 PerimeterX', { url: 'https://www.example.com/', chain: [hop('https://www.example.com/', 403)], body: html('Access to this page has been denied', '<div id="px-captcha"></div>'), contentType: 'text/html' }, { verdict: 'blocked', detail: /PerimeterX/ }],
  ['plain 403', { url: 'https://www.example.no/doc', chain: [hop('https://www.example.no/doc', 403)] }, { verdict: 'blocked', httpStatus: 403, detail: /^HTTP 403 Forbidden: refused to an anonymous client, most often a bot rule, not a removed page$/ }],
  ['plain 403 from Cloudflare', { url: 'https://www.example.no/doc', chain: [hop('https://www.example.no/doc', 403, { server: 'cloudflare' })] }, { verdict: 'blocked', detail: /403 Forbidden from Cloudflare/ }],
  ['999 (LinkedIn)', { url: 'https://www.linkedin.com/company/x', chain: [hop('https://www.linkedin.com/company/x', 999)] }, { verdict: 'blocked', httpStatus: 999, detail: /LinkedIn/ }],
  ['406 (mod_security)', { url: 'https://example.no/a', chain: [hop('https://example.no/a', 406)] }, { verdict: 'blocked', httpStatus: 406 }],

  // ── logins
  ['401', { url: 'https://intranett.example.no/a', chain: [hop('https://intranett.example.no/a', 401, { 'www-authenticate': 'Basic' })] }, { verdict: 'needs-login', httpStatus: 401 }],
  ['407', { url: 'https://example.no/a', chain: [hop('https://example.no/a', 407)] }, { verdict: 'needs-login', httpStatus: 407, detail: /proxy/ }],
  ['402', { url: 'https://avis.example.no/a', chain: [hop('https://avis.example.no/a', 402)] }, { verdict: 'needs-login', detail: /paywall/ }],
  [
    'lovdata pro → login page',
    {
      url: 'https://lovdata.no/pro/#document/TRSTR/avgjorelse/thedm-2020-52736',
      chain: [moved('https://lovdata.no/pro/', 302, 'https://lovdata.no/pro/login?returnTo=%2Fpro%2F'), hop('https://lovdata.no/pro/login?returnTo=%2Fpro%2F', 200)],
      body: LOGIN_FORM,
      contentType: 'text/html',
    },
    { verdict: 'needs-login', httpStatus: 200, finalUrl: 'https://lovdata.no/pro/login?returnTo=%2Fpro%2F', detail: /login page https:\/\/lovdata\.no\/pro\/login/ },
  ],
  [
    'redirect to ?ReturnUrl= pointing back',
    { url: 'https://portal.example.no/rapport/123', chain: [moved('https://portal.example.no/rapport/123', 302, 'https://portal.example.no/Konto/Inngang?ReturnUrl=%2Frapport%2F123'), hop('https://portal.example.no/Konto/Inngang?ReturnUrl=%2Frapport%2F123', 200)] },
    { verdict: 'needs-login', detail: /ReturnUrl points back/ },
  ],
  [
    'redirect to a page with a password field',
    { url: 'https://portal.example.no/rapport/9', chain: [moved('https://portal.example.no/rapport/9', 302, 'https://portal.example.no/start-her'), hop('https://portal.example.no/start-her', 200)], body: LOGIN_FORM, contentType: 'text/html' },
    { verdict: 'needs-login', detail: /login form/ },
  ],
  ['403 whose body is a login form (login over bot wall)', { url: 'https://portal.example.no/r', chain: [hop('https://portal.example.no/r', 403, { server: 'cloudflare' })], body: LOGIN_FORM, contentType: 'text/html' }, { verdict: 'needs-login', httpStatus: 403 }],
  ['a link to a login page itself (200, no redirect)', page('https://lovdata.no/pro/login', LOGIN_FORM), { verdict: 'ok' }],
  [
    'coe.int redirect= parameter is not a login sign',
    {
      url: 'https://www.coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/content/greta-x?inheritRedirect=false&redirect=https%3A%2F%2Fwww.coe.int%2Fen%2Fweb%2Fanti-human-trafficking%2Fnews',
      chain: [
        moved('https://www.coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/content/greta-x?inheritRedirect=false&redirect=https%3A%2F%2Fwww.coe.int%2Fen%2Fweb%2Fanti-human-trafficking%2Fnews', 301, 'https://www.coe.int/en/web/anti-human-trafficking/-/greta-x?redirect=https%3A%2F%2Fwww.coe.int%2Fen%2Fweb%2Fanti-human-trafficking%2Fnews'),
        hop('https://www.coe.int/en/web/anti-human-trafficking/-/greta-x?redirect=https%3A%2F%2Fwww.coe.int%2Fen%2Fweb%2Fanti-human-trafficking%2Fnews', 200),
      ],
      body: article,
      contentType: 'text/html',
    },
    { verdict: 'redirected', permanent: true },
  ],

  // ── soft 404s
  ['200 "Siden finnes ikke" (bokmål)', page('https://www.regjeringen.no/no/aktuelt/borte/id1/', BOKMAL_404), { verdict: 'soft-404', httpStatus: 200, detail: /siden finnes ikke/ }],
  ['200 "Sida finst ikkje" (nynorsk)', page('https://www.example.no/nn/sak/1', NYNORSK_404), { verdict: 'soft-404', detail: /sida finst ikkje/ }],
  ['200 "Page not found"', page('https://www.osce.org/cthb/518790', EN_404), { verdict: 'soft-404', detail: /page not found/ }],
  ['200 page about 404 errors', page('https://blog.example.com/broken-links', ABOUT_404), { verdict: 'ok' }],
  [
    'deep link → home page',
    { url: 'https://www.udi.no/krisen-i-ukraina/vare-i-norge/x/', chain: [moved('https://www.udi.no/krisen-i-ukraina/vare-i-norge/x/', 301, 'https://www.udi.no/'), hop('https://www.udi.no/', 200)], body: article, contentType: 'text/html' },
    { verdict: 'soft-404', permanent: true, finalUrl: 'https://www.udi.no/', detail: /deep link redirects to the home page/ },
  ],
  [
    'deep link → /en/ on another subdomain of the same site',
    { url: 'https://cthb.osce.org/cthb/663244', chain: [moved('https://cthb.osce.org/cthb/663244', 302, 'https://www.osce.org/en/'), hop('https://www.osce.org/en/', 200)] },
    { verdict: 'soft-404' },
  ],
  ['home page, no redirect', page('https://www.fafo.no/', article), { verdict: 'ok' }],
  ['home → home (/ → /en/)', { url: 'https://www.fafo.no/', chain: [moved('https://www.fafo.no/', 302, 'https://www.fafo.no/en/'), hop('https://www.fafo.no/en/', 200)] }, { verdict: 'redirected' }],
  [
    'deep link → another site\'s home page',
    { url: 'https://old-org.example.no/rapport', chain: [moved('https://old-org.example.no/rapport', 301, 'https://new-org.example.com/'), hop('https://new-org.example.com/', 200)] },
    { verdict: 'redirected', detail: /another site's home page/ },
  ],
  [
    'redirect to /404.html that answers 200',
    { url: 'https://example.no/sak/1', chain: [moved('https://example.no/sak/1', 302, 'https://example.no/404.html'), hop('https://example.no/404.html', 200)], body: html('Example', '<h1>Oi!</h1>'), contentType: 'text/html' },
    { verdict: 'soft-404', detail: /error page/ },
  ],
  [
    'deep link → home that is also a not-found page (home rule first)',
    { url: 'https://example.no/sak/1', chain: [moved('https://example.no/sak/1', 302, 'https://example.no/'), hop('https://example.no/', 200)], body: EN_404, contentType: 'text/html' },
    { verdict: 'soft-404', detail: /home page/ },
  ],

  // ── fragments
  ['#section present by id', page('https://www.fafo.no/p#section', article), { verdict: 'ok' }],
  ['#old-anchor present by <a name>', page('https://www.fafo.no/p#old-anchor', article), { verdict: 'ok' }],
  ['#missing', page('https://www.fafo.no/p#missing', article), { verdict: 'missing-fragment', httpStatus: 200, detail: /#missing is not an anchor/ }],
  ['#!/route ignored', page('https://app.example.no/#!/sak/1', article), { verdict: 'ok' }],
  ['#/route ignored', page('https://app.example.no/#/sak/1', article), { verdict: 'ok' }],
  ['#document/… (lovdata-style app route) ignored', page('https://lovdata.no/pro/#document/TRSTR/avgjorelse/x', article), { verdict: 'ok' }],
  ['#:~:text= ignored', page('https://www.fafo.no/p#:~:text=menneskehandel', article), { verdict: 'ok' }],
  ['percent-encoded #s%C3%B8k finds id="søk"', page('https://www.fafo.no/p#s%C3%B8k', html('Søk', '<h1>Søk</h1><section id="søk"></section>')), { verdict: 'ok' }],
  ['missing fragment, page read only in part', page('https://www.fafo.no/p#later', article.replace('</body></html>', '<p>…')), { verdict: 'ok', detail: /only the start of the page was read/ }],
  ['missing fragment the page links to itself (script tab)', page('https://www.udi.no/k/#link-30575', html('UDI', '<h1>UDI</h1><button aria-controls="link-30575">Vis</button><a href="#link-30575">Vis</a>')), { verdict: 'ok', detail: /made by script/ }],
  ['fragment on a PDF (no body): not judged', { url: 'https://example.no/r.pdf#page=3', chain: [hop('https://example.no/r.pdf', 200)], contentType: 'application/pdf' }, { verdict: 'ok' }],
  [
    'fragment after a redirect, missing',
    { url: 'https://www.fafo.no/a#gone', chain: [moved('https://www.fafo.no/a', 301, 'https://www.fafo.no/b'), hop('https://www.fafo.no/b', 200)], body: article, contentType: 'text/html' },
    { verdict: 'missing-fragment', permanent: true },
  ],
  ['not-found page with a missing fragment (soft-404 first)', page('https://www.fafo.no/p#x', BOKMAL_404), { verdict: 'soft-404' }],
  ['404 with a challenge-looking body (404 first)', { url: 'https://example.no/a', chain: [hop('https://example.no/a', 404)], body: CF_CHALLENGE, contentType: 'text/html' }, { verdict: 'broken' }],

  // ── browser re-check
  [
    'blocked, browser re-check gets through → ok',
    { url: 'https://www.coe.int/x', chain: [hop('https://www.coe.int/x', 403, { 'cf-mitigated': 'challenge' })], body: CF_CHALLENGE, contentType: 'text/html', browser: { status: 200, title: 'GRETA publishes', body: html('GRETA publishes', '<h1>GRETA publishes its third report</h1>') } },
    { verdict: 'ok', httpStatus: 200, detail: /^a browser re-check got through \(HTTP 200 OK\); plain request: 403 with a Cloudflare challenge/ },
  ],
  [
    'blocked, browser re-check gets 404 → broken',
    { url: 'https://www.coe.int/x', chain: [hop('https://www.coe.int/x', 403, { 'cf-mitigated': 'challenge' })], browser: { status: 404, title: 'Not found', body: html('Not found') } },
    { verdict: 'broken', httpStatus: 404, detail: /browser re-check got HTTP 404/ },
  ],
  [
    'blocked, browser re-check shows a not-found page → broken',
    { url: 'https://www.coe.int/x', chain: [hop('https://www.coe.int/x', 403)], browser: { status: 200, title: 'Page not found', body: EN_404 } },
    { verdict: 'broken', detail: /not-found page/ },
  ],
  [
    'blocked, browser challenged too → blocked',
    { url: 'https://www.coe.int/x', chain: [hop('https://www.coe.int/x', 403, { 'cf-mitigated': 'challenge' })], browser: { status: 403, title: 'Just a moment...', body: CF_CHALLENGE } },
    { verdict: 'blocked', httpStatus: 403, detail: /browser re-check met a Cloudflare challenge/ },
  ],
  [
    'blocked after a 301, browser gets through → redirected',
    { url: 'http://www.coe.int/x', chain: [moved('http://www.coe.int/x', 301, 'https://www.coe.int/x'), hop('https://www.coe.int/x', 403, { 'cf-mitigated': 'challenge' })], browser: { status: 200, title: 'GRETA', body: html('GRETA', '<h1>GRETA</h1>') } },
    { verdict: 'redirected', permanent: true, detail: /browser re-check got through/ },
  ],
  [
    'timeout, browser re-check gets through → ok',
    { url: 'https://akamai.example.no/x', chain: [], error: { code: 'timeout', detail: 'no answer in 30 s' }, browser: { status: 200, title: 'X', body: html('X', '<h1>X</h1>') } },
    { verdict: 'ok' },
  ],
  [
    'missing fragment, present in the browser\'s DOM → ok',
    { ...page('https://www.fafo.no/p#late', article), browser: { status: 200, title: 'X', body: html('X', '<h1>X</h1><div id="late"></div>') } },
    { verdict: 'ok', detail: /exists once scripts have run/ },
  ],
  [
    'a browser cannot overrule a 404',
    { url: 'https://example.no/a', chain: [hop('https://example.no/a', 404)], browser: { status: 200, title: 'X', body: html('X', '<h1>X</h1>') } },
    { verdict: 'broken', httpStatus: 404 },
  ],
];

describe('classify', () => {
  it.each(rows)('%s', (_name, observation, expected) => {
    const result = classify(observation);
    expect(result.verdict).toBe(expected.verdict);
    expect(result.url).toBe(observation.url);
    if ('httpStatus' in expected) expect(result.httpStatus).toBe(expected.httpStatus);
    if (expected.permanent !== undefined) expect(result.permanent).toBe(expected.permanent);
    if ('finalUrl' in expected) expect(result.finalUrl).toBe(expected.finalUrl);
    if (expected.redirects !== undefined) expect(result.redirects).toHaveLength(expected.redirects);
    if (expected.detail) expect(result.detail).toMatch(expected.detail);
    expect(result.detail.length).toBeGreaterThan(0);
  });

  it('lists the hops before the last with their statuses', () => {
    const result = classify({
      url: 'http://a.example.no/x',
      chain: [moved('http://a.example.no/x', 301, 'https://a.example.no/x'), moved('https://a.example.no/x', 302, 'https://a.example.no/y'), hop('https://a.example.no/y', 200)],
    });
    expect(result.redirects).toEqual([
      { url: 'http://a.example.no/x', status: 301 },
      { url: 'https://a.example.no/x', status: 302 },
    ]);
    expect(result.finalUrl).toBe('https://a.example.no/y');
  });

  it('gives no I/O-dependent fields', () => {
    const result = classify(page('https://www.fafo.no/', article));
    expect(Object.keys(result).sort()).toEqual(['detail', 'finalUrl', 'httpStatus', 'permanent', 'redirects', 'url', 'verdict']);
  });
});
