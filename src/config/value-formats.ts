/**
 * The string formats sources.json refines beyond JSON Schema's own words: an http(s) URL and an
 * IANA time zone. The zod schema refines with these functions, sources.schema.json names them
 * as `format`, and the quick check (json-schema-check.ts) tests them by that name — so all
 * three judge a value alike. No zod here: the quick check must not load it.
 */

/** An absolute http: or https: URL, as the WHATWG URL parser reads it. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A time zone this Node's ICU knows (Europe/Oslo). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `format` name in sources.schema.json → the test it stands for. */
export const VALUE_FORMATS = {
  'http-url': isHttpUrl,
  'time-zone': isTimeZone,
} as const satisfies Record<string, (value: string) => boolean>;

export type ValueFormat = keyof typeof VALUE_FORMATS;
