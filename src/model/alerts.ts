/**
 * Alerts as plain data: what is open, what was observed, the notices a run sends, and what
 * damping decided. The store keeps them, ops decides them, reports print them.
 */

/** `network`: runs in a row that reached no server at all (one alert, not one per source). */
export type AlertKind = 'source' | 'link' | 'network';

/** A failure streak that has been reported and has not recovered yet. */
export interface OpenAlert {
  /** `source:<id>`, `link:<url>` or `network`. */
  key: string;
  kind: AlertKind;
  /** What people read: "fafo (Fafo)", or the URL. */
  subject: string;
  /** When the streak began (first failure, or when the link became dead). */
  since: string;
  detail: string;
}

/**
 * How one subject looks now. `failing`: past the threshold (N failed runs in a row; a link
 * counted dead). `ok`: working. `pending`: failing, but not (yet) enough to report, and not
 * working either — neither opens nor closes an alert. `unmonitored`: no longer checked (a
 * candidate that left the digest period, a link gone from the archive): an open alert is
 * closed, saying so, since nothing is known of whether it works.
 */
export interface Observation {
  key: string;
  kind: AlertKind;
  subject: string;
  state: 'failing' | 'ok' | 'pending' | 'unmonitored';
  detail: string;
  /** When the failure streak began, if known. */
  since?: string;
  /** The host, for grouping many link notices into one line. */
  host?: string;
}

export type NoticeType = 'failing' | 'recovered' | 'closed';

/** One thing to tell people: a subject started failing, recovered, or is no longer checked (closed). */
export interface Notice {
  type: NoticeType;
  key: string;
  kind: AlertKind;
  subject: string;
  detail: string;
  /** When the failure streak began. */
  since: string;
  at: string;
  host?: string;
}

/** One message per evaluation, however many notices: a site going down is one mail, not 300. */
export interface AlertMessage {
  subject: string;
  text: string;
  generatedAt: string;
  hostname: string;
  notices: Notice[];
  /** Alerts still open after this evaluation. */
  openCount: number;
}

/** What damping decided: the notices to send and the open alerts to add, close and update. */
export interface Transitions {
  notices: Notice[];
  /** Alerts to open (one per `failing` notice). */
  opened: OpenAlert[];
  /** Keys of alerts closed by a `recovered` notice. */
  recovered: string[];
  /** Keys of open alerts whose subject is no longer watched (removed, disabled): closed without a word. */
  dropped: string[];
  /** Keys of alerts closed by a `closed` notice: the subject is no longer checked. */
  closed: string[];
  /** Open alerts whose detail changed (e.g. 404 became a timeout): updated without a notice. */
  updated: OpenAlert[];
}
