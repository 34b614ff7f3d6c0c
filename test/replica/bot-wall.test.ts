/** The replica bot wall's server side: what clearance it accepts (no browser needed here). */
import { describe, expect, it } from 'vitest';
import { botWall, CLEARANCE_COOKIE, CLEARANCE_MAX_AGE_SECONDS, CLEARANCE_PATH, clearanceValue, hasClearance } from '../../src/demo/bot-wall.js';
import type { ReplicaRequest } from '../../src/demo/types.js';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/147.0.0.0 Safari/537.36';
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);

function request(path: string, headers: Record<string, string> = {}): ReplicaRequest {
  return { method: 'GET', host: 'www.coe.int', path, query: new URLSearchParams(), headers: { 'user-agent': UA, ...headers }, scheme: 'https' };
}

describe('replica bot wall', () => {
  it('answers every path with the challenge: 403, cf-mitigated, server cloudflare', () => {
    for (const path of ['/', '/robots.txt', '/en/web/anti-human-trafficking/all-news', '/no/such/page']) {
      const answer = botWall(request(path), NOW);
      expect(answer?.status, path).toBe(403);
      expect(answer?.headers).toMatchObject({ 'cf-mitigated': 'challenge', server: 'cloudflare' });
      expect(String(answer?.body)).toContain('<title>Just a moment...</title>');
    }
  });

  it('grants clearance signed for the asking User-Agent, with an expiry', () => {
    const grant = botWall(request(CLEARANCE_PATH), NOW)!;
    expect(grant.status).toBe(200);
    const cookie = grant.headers!['set-cookie']!;
    expect(cookie).toContain(`Max-Age=${CLEARANCE_MAX_AGE_SECONDS}`);
    const value = /^cf_clearance=([^;]+)/.exec(cookie)![1]!;
    expect(botWall(request('/x', { cookie: `${CLEARANCE_COOKIE}=${value}` }), NOW)).toBeNull();
  });

  it('refuses clearance sent with another User-Agent, expired, or forged', () => {
    const expires = Math.floor(NOW / 1000) + 60;
    const good = `${CLEARANCE_COOKIE}=${clearanceValue(UA, expires)}`;
    expect(hasClearance(request('/x', { cookie: good }), NOW)).toBe(true);
    expect(hasClearance(request('/x', { cookie: good, 'user-agent': 'sourcewatch/0.1' }), NOW)).toBe(false);
    expect(hasClearance(request('/x', { cookie: good }), NOW + 61_000)).toBe(false);
    expect(hasClearance(request('/x', { cookie: `${CLEARANCE_COOKIE}=${expires + 3600}.${clearanceValue(UA, expires).split('.')[1]}` }), NOW)).toBe(false);
    expect(hasClearance(request('/x', { cookie: `${CLEARANCE_COOKIE}=ok` }), NOW)).toBe(false);
  });
});
