/** The clearance store: what a plain request to a host is given, and when nothing. */
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/store/db.js';
import { hostCookies } from '../../src/store/host-cookies.js';
import { tempDir } from '../helpers/runtime.js';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/147.0.0.0 Safari/537.36';
const T0 = new Date('2026-12-01T12:00:00Z');
const seconds = (date: Date, plus: number): number => date.getTime() / 1000 + plus;

let dir: string;
let db: Db;
beforeEach(() => {
  dir = tempDir();
  db = openDb(dir);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The store as it answers at a given moment. */
const store = (at: Date = T0) => hostCookies(db, () => at);

describe('host cookies', () => {
  it('gives a host its live cookies with the User-Agent that earned them; other hosts nothing', () => {
    store().save({
      url: 'https://www.coe.int/en/web/x',
      userAgent: UA,
      cookies: [
        { name: 'cf_clearance', value: 'abc', domain: '.coe.int', path: '/', expires: seconds(T0, 1800), secure: true },
        { name: 'JSESSIONID', value: 's1', domain: 'www.coe.int', path: '/en', expires: -1, secure: false },
      ],
    });
    expect(store().headersFor('https://www.coe.int/en/web/y')).toEqual({ cookie: 'JSESSIONID=s1; cf_clearance=abc', userAgent: UA });
    // Path and Secure are honoured.
    expect(store().headersFor('https://www.coe.int/fr/')).toEqual({ cookie: 'cf_clearance=abc', userAgent: UA });
    expect(store().headersFor('http://www.coe.int/en/')).toEqual({ cookie: 'JSESSIONID=s1', userAgent: UA });
    expect(store().headersFor('https://coe.int/en/')).toBeUndefined();
    expect(store().headersFor('https://www.osce.org/')).toBeUndefined();
    // The session cookie lasts 30 minutes from its capture, the clearance its own 30.
    expect(store(new Date(T0.getTime() + 29 * 60_000)).headersFor('https://www.coe.int/en/')?.cookie).toBe('JSESSIONID=s1; cf_clearance=abc');
    expect(store(new Date(T0.getTime() + 30 * 60_000)).headersFor('https://www.coe.int/en/')).toBeUndefined();
  });

  it('replaces what an earlier visit earned, User-Agent included', () => {
    const cookie = (value: string) => ({ name: 'cf_clearance', value, domain: '.coe.int', path: '/', expires: seconds(T0, 3600), secure: true });
    store().save({ url: 'https://www.coe.int/', userAgent: 'old', cookies: [cookie('one'), { ...cookie('x'), name: '__cf_bm' }] });
    store().save({ url: 'https://www.coe.int/', userAgent: UA, cookies: [cookie('two')] });
    expect(store().headersFor('https://www.coe.int/')).toEqual({ cookie: 'cf_clearance=two', userAgent: UA });
  });
});
