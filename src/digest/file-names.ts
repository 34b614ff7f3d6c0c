/**
 * The names of the dated files in storage/digests/: the writer builds them, retention reads
 * the day back out of them. One place, so the two cannot drift apart; latest.*,
 * latest-health.md, accepted.atom and anything a person put there never match.
 */

export function digestFileName(day: string, extension: string): string {
  return `digest-${day}.${extension}`;
}

export function healthFileName(day: string): string {
  return `health-${day}.md`;
}

const DATED_FILE = /^(?:digest|health)-(\d{4}-\d{2}-\d{2})\.[a-z0-9]+$/;

/** The day a dated digest file is of, or undefined for every other file. */
export function datedFileDay(name: string): string | undefined {
  return DATED_FILE.exec(name)?.[1];
}
