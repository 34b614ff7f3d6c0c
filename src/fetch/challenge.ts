/**
 * Telling a bot wall's challenge page from the page behind it, in a browser. A challenge
 * answers 403 (or 503) with `cf-mitigated: challenge`, or shows Cloudflare's "Just a moment..."
 * interstitial; its script then reloads into the real page when the browser passes.
 */

/** A document response that is a challenge by its headers alone. */
export function isChallengeResponse(status: number | null, headers: Record<string, string>): boolean {
  return headers['cf-mitigated'] !== undefined && (status === null || status === 403 || status === 503 || status === 429);
}

/** A page that is a challenge by its title (walls that answer 200, or send no header). */
export function isChallengeTitle(title: string): boolean {
  return /^just a moment\b/i.test(title.trim()) || /^attention required!? \| cloudflare/i.test(title.trim());
}
