import { describe, expect, it } from 'vitest';
import { httpText } from '../../src/links/chain-facts.js';
import { DETAIL_RULES, detailText } from '../../src/report/detail-text.js';
import { REPORT_TEXT } from '../../src/report/report-text.js';

describe('details the code writes, as editors read them', () => {
  it.each([
    ['no items found (last time 8): did the page change layout?', 'ingen saker funnet (sist 8): har siden fått ny utforming?'],
    ['no items found', 'ingen saker funnet'],
    ['3 items found, none with both a title and a link: did the page change layout?', '3 saker funnet, ingen med både tittel og lenke: har siden fått ny utforming?'],
    ['5 of 9 items lack a title or a link: did the page change layout?', '5 av 9 saker mangler tittel eller lenke: har siden fått ny utforming?'],
    ['selectors matched nothing; 1 item found by link pattern — did the page change layout?', 'selektorene traff ingenting; 1 sak(er) funnet med lenkemønsteret: har siden fått ny utforming?'],
    [httpText(404), 'HTTP 404 (finnes ikke)'],
    [`${httpText(503)} (after retries)`, 'HTTP 503 (tjenesten er utilgjengelig) (etter nye forsøk)'],
    [httpText(299), 'HTTP 299'],
    [`${httpText(410)}: removed for good`, 'HTTP 410 (fjernet): fjernet for godt'],
    ['timed out (UND_ERR_CONNECT_TIMEOUT)', 'tidsavbrudd (UND_ERR_CONNECT_TIMEOUT)'],
    ['host name does not exist (DNS): gone.example.org', 'vertsnavnet finnes ikke (DNS): gone.example.org'],
    [`${httpText(403)}: refused to an anonymous client, most often a bot rule, not a removed page`, 'HTTP 403 (ingen tilgang): avvist for en anonym klient, oftest en botregel, ikke en fjernet side'],
    ['403 with a Cloudflare challenge: a bot wall, not a dead page', '403 med a Cloudflare challenge: en botvegg, ikke en død side'],
    [`#funn is not an anchor in the page (${httpText(200)})`, '#funn er ikke et anker på siden (HTTP 200)'],
    // A server's own words no rule knows stay as they were.
    ['Fehler beim Laden', 'Fehler beim Laden'],
    ['', ''],
  ])('%j → %j', (detail, nb) => {
    expect(detailText(detail, 'nb')).toBe(nb);
  });
  it('leaves English readers the detail as written', () => {
    expect(detailText('no items found', 'en')).toBe('no items found');
  });
  it('every rule replaces each occurrence, not just the first', () => {
    expect(DETAIL_RULES.length).toBeGreaterThan(30);
    for (const [pattern] of DETAIL_RULES) expect(pattern.flags).toContain('g');
  });
});

describe('reasons, rebuilt from their fields', () => {
  it.each([
    [{ kind: 'source', label: 'source GRETA', points: 5, source: 'GRETA' }, 'kilde GRETA', 'source GRETA'],
    [{ kind: 'recency', label: 'published today', points: 2, basis: 'published', ageDays: 0 }, 'publisert i dag', 'published today'],
    [{ kind: 'recency', label: 'first seen 1 day ago', points: 1.9, basis: 'first seen', ageDays: 1 }, 'først sett for 1 dag siden', 'first seen 1 day ago'],
    [{ kind: 'recency', label: 'event 3 days ago', points: 1.7, basis: 'event', ageDays: 3 }, 'hendelse for 3 dager siden', 'event 3 days ago'],
    [{ kind: 'keyword', label: 'menneskehandel: «trafficking»', points: 10 }, 'menneskehandel: «trafficking»', 'menneskehandel: «trafficking»'],
  ] as const)('%j', (reason, nb, en) => {
    expect(REPORT_TEXT.nb.reason(reason)).toBe(nb);
    expect(REPORT_TEXT.en.reason(reason)).toBe(en);
  });
});
