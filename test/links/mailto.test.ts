import { describe, expect, it } from 'vitest';
import { checkMailto } from '../../src/links/mailto.js';

describe('checkMailto', () => {
  it.each([
    ['mailto:KOM.pod@politiet.no', ['KOM.pod@politiet.no']],
    ['MAILTO:post@fafo.no', ['post@fafo.no']],
    ['mailto:a@example.no,b@example.com', ['a@example.no', 'b@example.com']],
    ['mailto:a@example.no?subject=Nyhetsbrev%20juni&body=Hei', ['a@example.no']],
    ['mailto:a@example.no?cc=b@example.no', ['a@example.no', 'b@example.no']],
    ['mailto:?to=post@heuni.fi', ['post@heuni.fi']],
    ['mailto:ola%2Bnyhetsbrev@example.no', ['ola+nyhetsbrev@example.no']],
    ['mailto:%22ola%20nordmann%22@example.no', ['"ola nordmann"@example.no']],
    ['mailto:post@xn--blbrsyltety-y8a2j.no', ['post@xn--blbrsyltety-y8a2j.no']],
    ['mailto:post@blåbærsyltetøy.no', ['post@blåbærsyltetøy.no']],
    ['mailto:Kontor%20%3Cpost@example.no%3E', ['post@example.no']],
  ])('%s is valid', (url, addresses) => {
    expect(checkMailto(url)).toEqual({ ok: true, addresses });
  });

  it.each([
    ['mailto:', 'no address'],
    ['mailto:?subject=Hei', 'no address'],
    ['mailto:KOM.pod(at)politiet.no', 'no @'],
    ['mailto:post@politiet', 'no dot'],
    ['mailto:@politiet.no', 'nothing before the @'],
    ['mailto:post@', 'no domain'],
    ['mailto:po..st@politiet.no', 'misplaced dot'],
    ['mailto:po st@politiet.no', 'not allowed'],
    ['mailto:post@-politiet.no', 'not a valid host name'],
    ['mailto:post@politiet.n0', 'top-level domain'],
    ['mailto:a@example.no,b-at-example.no', 'no @'],
    ['mailto:a@example.no?cc=ugyldig', 'no @'],
    ['mailto:a%ZZ@example.no', 'percent-encoding'],
    ['https://example.no', 'not a mailto'],
  ])('%s is invalid (%s)', (url, reason) => {
    const check = checkMailto(url);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
  });
});
