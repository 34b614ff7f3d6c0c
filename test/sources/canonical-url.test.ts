import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/sources/canonical-url.js';

const COE_LONG =
  'https://www.coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/content/greta-publishes-its-third-report-on-norway?inheritRedirect=false&redirect=https%3A%2F%2Fwww.coe.int%2Fen%2Fweb%2Fanti-human-trafficking%2Fnews%3Fp_p_id%3D101_INSTANCE_fX6ZWufj34JY%26p_p_lifecycle%3D0';
const COE_CANONICAL =
  'https://coe.int/en/web/anti-human-trafficking/news/-/asset_publisher/fX6ZWufj34JY/content/greta-publishes-its-third-report-on-norway';

describe('canonicalUrl', () => {
  it.each([
    // scheme, host, port, fragment
    ['http becomes https', 'http://fafo.no/om-fafo', 'https://fafo.no/om-fafo'],
    ['leading www. dropped', 'https://www.heuni.fi/-/report-series-99', 'https://heuni.fi/-/report-series-99'],
    ['host lower-cased', 'https://WWW.Regjeringen.NO/no/dokumenter/id123', 'https://regjeringen.no/no/dokumenter/id123'],
    ['only a leading www. goes', 'https://news.www.example.org/a', 'https://news.www.example.org/a'],
    ['default https port dropped', 'https://osce.org:443/odihr', 'https://osce.org/odihr'],
    ['default http port dropped', 'http://osce.org:80/odihr', 'https://osce.org/odihr'],
    ['other port kept', 'https://osce.org:8443/odihr', 'https://osce.org:8443/odihr'],
    ['fragment dropped', 'https://fafo.no/publikasjoner/rapport#innhold', 'https://fafo.no/publikasjoner/rapport'],
    ['credentials dropped', 'https://user:pw@fafo.no/a', 'https://fafo.no/a'],
    // path
    ['trailing slash dropped', 'https://fafo.no/publikasjoner/', 'https://fafo.no/publikasjoner'],
    ['root slash stays', 'https://www.fafo.no/', 'https://fafo.no/'],
    ['bare host gets its slash', 'https://fafo.no', 'https://fafo.no/'],
    ['duplicate slashes collapsed', 'https://fafo.no//publikasjoner///rapport//', 'https://fafo.no/publikasjoner/rapport'],
    ['path case kept', 'https://stortinget.no/no/Saker-og-publikasjoner/Saker/', 'https://stortinget.no/no/Saker-og-publikasjoner/Saker'],
    // trackers
    [
      'utm_* dropped, other parameters kept',
      'https://fafo.no/a?utm_source=nyhetsbrev&utm_medium=email&UTM_Campaign=x&id=7',
      'https://fafo.no/a?id=7',
    ],
    [
      'every listed tracker dropped',
      'https://fafo.no/a?fbclid=1&gclid=2&dclid=3&msclkid=4&mc_cid=5&mc_eid=6&_hsenc=7&_hsmi=8&igshid=9&yclid=10',
      'https://fafo.no/a',
    ],
    ['src and ref-like names kept', 'https://fafo.no/a?src=rss&reference=2', 'https://fafo.no/a?reference=2&src=rss'],
    // Liferay
    ['redirect and inheritRedirect dropped', 'https://coe.int/x?redirect=%2Fen&inheritRedirect=true', 'https://coe.int/x'],
    [
      'p_p_* dropped',
      'https://coe.int/x?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1',
      'https://coe.int/x',
    ],
    ['p_r_p_* dropped', 'https://coe.int/x?p_r_p_564233524_tag=greta&p_r_p_categoryId=12', 'https://coe.int/x'],
    [
      '_…_INSTANCE_… dropped',
      'https://coe.int/x?_101_INSTANCE_fX6ZWufj34JY_cur=2&_101_INSTANCE_fX6ZWufj34JY_delta=20&_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_ab12_assetEntryId=5',
      'https://coe.int/x',
    ],
    ['INSTANCE without leading underscore kept', 'https://coe.int/x?101_INSTANCE_a=1', 'https://coe.int/x?101_INSTANCE_a=1'],
    ['long coe.int news URL', COE_LONG, COE_CANONICAL],
    // meaningful parameters and sorting
    [
      'stortinget ?p= kept',
      'https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87609',
      'https://stortinget.no/no/Saker-og-publikasjoner/Saker/Sak?p=87609',
    ],
    [
      'stortinget ?qid= and target kept, sorted',
      'https://www.stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal/?qid=89080&target=case-status',
      'https://stortinget.no/no/Saker-og-publikasjoner/Sporsmal/Skriftlige-sporsmal-og-svar/Skriftlig-sporsmal?qid=89080&target=case-status',
    ],
    ['parameters sorted by name', 'https://fafo.no/s?q=menneskehandel&lang=no&a=1', 'https://fafo.no/s?a=1&lang=no&q=menneskehandel'],
    ['sort is stable for repeated names', 'https://fafo.no/s?tag=b&x=1&tag=a', 'https://fafo.no/s?tag=b&tag=a&x=1'],
    ['empty ? dropped', 'https://fafo.no/a?', 'https://fafo.no/a'],
    ['? left empty by removals dropped', 'https://fafo.no/a/?utm_source=x#top', 'https://fafo.no/a'],
    ['empty pieces dropped', 'https://fafo.no/a?&&id=1&', 'https://fafo.no/a?id=1'],
    // percent-encoding
    ['unreserved escapes decoded', 'https://fafo.no/%7Euser/%41%2d%5F%2E', 'https://fafo.no/~user/A-_.'],
    ['reserved escapes kept, hex upper-cased', 'https://fafo.no/a%2fb%3a?q=a%2fb%26c', 'https://fafo.no/a%2Fb%3A?q=a%2Fb%26c'],
    ['non-ASCII escapes upper-cased', 'https://fafo.no/s%c3%b8k', 'https://fafo.no/s%C3%B8k'],
    ['raw non-ASCII path gets the same escapes', 'https://fafo.no/søk', 'https://fafo.no/s%C3%B8k'],
    ['unreserved escapes in the query decoded', 'https://fafo.no/a?q=%7e%61', 'https://fafo.no/a?q=~a'],
    // invalid input
    ['relative URL returned trimmed', '  /no/aktuelt/nyheter  ', '/no/aktuelt/nyheter'],
    ['non-http scheme returned trimmed', ' mailto:post@fafo.no ', 'mailto:post@fafo.no'],
    ['ftp returned unchanged', 'ftp://fafo.no/a/', 'ftp://fafo.no/a/'],
    ['garbage returned trimmed', ' not a url ', 'not a url'],
    ['empty string', '', ''],
    ['surrounding whitespace on a valid URL', '  https://www.fafo.no/a/  ', 'https://fafo.no/a'],
  ])('%s', (_name, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it.each([
    [
      'fafo with and without www and trailing slash',
      'https://fafo.no/publikasjoner/fafo-rapporter/menneskehandel-i-norge',
      'https://www.fafo.no/publikasjoner/fafo-rapporter/menneskehandel-i-norge/',
    ],
    ['http vs https with fragment', 'http://www.osce.org/cthb/123#main', 'https://osce.org/cthb/123'],
    [
      'parameter order and trackers',
      'https://stortinget.no/sak?utm_source=x&target=case-status&p=87609',
      'https://www.stortinget.no/sak/?p=87609&target=case-status',
    ],
  ])('%s: both forms are equal', (_name, a, b) => {
    expect(canonicalUrl(a)).toBe(canonicalUrl(b));
  });

  it.each([
    ['different stortinget cases', 'https://stortinget.no/sak?p=87609', 'https://stortinget.no/sak?p=87610'],
    ['Liferay -1 slug is another article', 'https://coe.int/-/greta-report', 'https://coe.int/-/greta-report-1'],
  ])('%s: forms differ', (_name, a, b) => {
    expect(canonicalUrl(a)).not.toBe(canonicalUrl(b));
  });

  it('is idempotent', () => {
    const once = canonicalUrl(COE_LONG);
    expect(canonicalUrl(once)).toBe(once);
  });
});
