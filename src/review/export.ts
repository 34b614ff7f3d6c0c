/**
 * Export of an issue's accepted items, grouped by section, written the way the newsletter
 * writes them: one lead sentence per item from the section's template ("Fafo lanserte i juni
 * rapporten «…», se her.") with "se her" as the link. The editor edits the text afterwards.
 * Pure: accepted items in, Markdown / HTML / JSON out.
 */
import type { NewsletterIssue } from '../store/newsletter-issues.js';
import { escapeHtml, escapeMarkdown, markdownUrl, safeHref } from '../report/escape.js';
import { osloDateParts } from '../time/oslo.js';

export interface ExportSettings {
  /** Lead template per section id. */
  templates: Record<string, string>;
  defaultTemplate: string;
  /** Lead for an event; {event} is what happened, dated by month ("Stortinget behandlet saken i juni: ikke vedtatt"). */
  eventTemplate?: string;
  /** Lead for a title that names its source first ("GRETA publishes its fourth evaluation report…"). */
  headlineTemplate?: string;
}

const DEFAULT_EVENT_TEMPLATE = '{event} – «{title}», se her.';
const DEFAULT_HEADLINE_TEMPLATE = 'I {month} kom {kind} «{title}», se her.';

export interface ExportItemInput {
  id: string;
  title: string;
  url: string;
  summary: string | null;
  /** The source's name as configured ("Fafo – rapporter"). */
  sourceName: string;
  /** The section the item was accepted under (null or unknown: listed last). */
  sectionId: string | null;
  /** When it was published (ISO), if the source said. */
  published: string | null;
  firstSeen: string;
  note: string | null;
  /** Set when what was accepted is an event on the item ("Stortinget behandlet saken {date}: ikke vedtatt"). */
  event?: { label: string; at: string };
}

/** The issue being exported: the store's record of it. */
export type ExportIssue = NewsletterIssue;

export interface IssueExportInput {
  issue: ExportIssue;
  sections: Array<{ id: string; title: string }>;
  items: ExportItemInput[];
  settings: ExportSettings;
  generatedAt: string;
}

/** A piece of a lead: plain text, or the link ("se her"). */
export type LeadPart = { text: string; href?: undefined } | { text: string; href: string };

export interface ExportItem extends ExportItemInput {
  /** The short source name the lead uses ("Fafo"). */
  source: string;
  month: string;
  kind: string;
  template: string;
  leadParts: LeadPart[];
  /** The lead as plain text (the link's text included, its URL not). */
  lead: string;
}

export interface IssueExport {
  issue: ExportIssue;
  generatedAt: string;
  sections: Array<{ id: string; title: string; items: ExportItem[] }>;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
/** "juni": the Norwegian name of the month an instant falls in, in Oslo. */
export function norwegianMonth(iso: string): string {
  return MONTHS[osloDateParts(iso).month - 1] ?? '';
}

/** "8. juni 2022" */
export function norwegianDate(iso: string): string {
  const { year, month, day } = osloDateParts(iso);
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

/** "Fafo – rapporter" → "Fafo": the newsletter names the institution, not the listing. */
export function shortSourceName(name: string): string {
  return name.split(/\s+[–—-]\s+/)[0]!.trim() || name;
}

// First match wins: the more specific kinds come before the general ones.
const KINDS: Array<[RegExp, string]> = [
  [/årsrapport|arsrapport|annual report/, 'årsrapporten'],
  [/evalueringsrapport|evaluation report/, 'evalueringsrapporten'],
  [/representantforslag/, 'representantforslaget'],
  [/stortingsmelding|meld\.\s*st\.|white paper/, 'meldingen'],
  [/proposisjon|\bprop\.\s/, 'proposisjonen'],
  [/lovforslag/, 'lovforslaget'],
  [/forskrift/, 'forskriften'],
  [/høring|horing|hoering|consultation/, 'høringen'],
  [/spørsmål|sporsmal/, 'spørsmålet'],
  [/\bdom\b|dommen|judgment|judgement|avgjørelse|avgjorelse|kjennelse/, 'avgjørelsen'],
  [/veiledning|guidance|guideline/, 'veiledningen'],
  [/veileder|handbook|håndbok/, 'veilederen'],
  [/policy brief|\bnotat\b|\bbrief\b/, 'notatet'],
  [/rapport|\breports?\b/, 'rapporten'],
  [/handlingsplan|action plan|\bplan\b/, 'planen'],
  [/strategi|strategy/, 'strategien'],
  [/studie|\bstudy\b/, 'studien'],
  [/undersøkelse|undersokelse|survey/, 'undersøkelsen'],
  [/statistikk|statistics/, 'statistikken'],
  [/webinar/, 'webinaret'],
  [/konferanse|conference/, 'konferansen'],
  [/seminar/, 'seminaret'],
  [/pressemelding|press release/, 'pressemeldingen'],
];

/**
 * What kind of publication an item is, as the lead names it ("rapporten", "høringen"…), from
 * its title and URL; empty when nothing tells (the template then reads without it).
 */
export function inferKind(title: string, url: string): string {
  const text = `${title}\n${decodeURIComponentSafe(url).replace(/[-_/]+/g, ' ')}`.toLowerCase();
  return KINDS.find(([pattern]) => pattern.test(text))?.[1] ?? '';
}

function decodeURIComponentSafe(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * The title opens with the source's name, as news headlines do ("GRETA publishes its fourth
 * evaluation report…"), and the template names the source too: "GRETA publiserte i desember
 * «GRETA publishes…»" says it twice. Such a lead takes the headline template instead, and the
 * title is still quoted as published.
 */
export function repeatsSource(template: string, title: string, source: string): boolean {
  if (!source) return false;
  const named = /\{source(?:Name)?\}/.test(template) || template.toLowerCase().includes(source.toLowerCase());
  const escaped = source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return named && new RegExp(`^${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(title.trim());
}

export interface LeadFields {
  source: string;
  sourceName: string;
  month: string;
  year: string;
  date: string;
  title: string;
  url: string;
  kind: string;
  section: string;
  /** What happened, for an event; empty otherwise. */
  event: string;
}

const LINK_TEXT = /se her/gi;

/**
 * Fill a template. Placeholders: {source} {sourceName} {month} {year} {date} {title} {url}
 * {kind} {section} {event}; an unknown one stays as written, so a typo shows. The template's own
 * "se her" becomes the link (as does {url}); without either the URL is added in brackets.
 * Spaces left by an empty placeholder are tidied.
 */
export function renderLead(template: string, fields: LeadFields): LeadPart[] {
  const parts: LeadPart[] = [];
  const pushText = (text: string): void => {
    if (text) parts.push({ text });
  };
  const pushLiteral = (literal: string): void => {
    let last = 0;
    for (const match of literal.matchAll(LINK_TEXT)) {
      pushText(literal.slice(last, match.index));
      parts.push({ text: match[0], href: fields.url });
      last = match.index + match[0].length;
    }
    pushText(literal.slice(last));
  };
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    pushLiteral(template.slice(last, match.index));
    const name = match[1]!;
    if (name === 'url') parts.push({ text: fields.url, href: fields.url });
    else if (Object.hasOwn(fields, name)) pushText(fields[name as keyof LeadFields]);
    else pushText(match[0]);
    last = match.index + match[0].length;
  }
  pushLiteral(template.slice(last));
  if (!parts.some((part) => part.href !== undefined)) {
    parts.push({ text: ' (' }, { text: fields.url, href: fields.url }, { text: ')' });
  }
  return tidy(parts);
}

/** Merge neighbouring text, collapse doubled spaces, no space before punctuation, capital first letter. */
function tidy(parts: LeadPart[]): LeadPart[] {
  const merged: LeadPart[] = [];
  for (const part of parts) {
    const previous = merged.at(-1);
    if (part.href === undefined && previous && previous.href === undefined) previous.text += part.text;
    else merged.push({ ...part });
  }
  merged.forEach((part, index) => {
    if (part.href !== undefined) return;
    let text = part.text.replace(/\s+/g, ' ').replace(/ +([,.;:!?])/g, '$1');
    if (index === 0) text = text.trimStart().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    if (index === merged.length - 1) text = text.trimEnd();
    part.text = text;
  });
  return merged.filter((part) => part.text !== '' || part.href !== undefined);
}

function exportItem(input: ExportItemInput, settings: ExportSettings, sectionTitle: string): ExportItem {
  const when = input.event?.at ?? input.published ?? input.firstSeen;
  const source = shortSourceName(input.sourceName);
  const configured = input.event
    ? (settings.eventTemplate ?? DEFAULT_EVENT_TEMPLATE)
    : ((input.sectionId ? settings.templates[input.sectionId] : undefined) ?? settings.defaultTemplate);
  const template = !input.event && repeatsSource(configured, input.title, source) ? (settings.headlineTemplate ?? DEFAULT_HEADLINE_TEMPLATE) : configured;
  const fields: LeadFields = {
    source,
    sourceName: input.sourceName,
    month: norwegianMonth(when),
    year: String(osloDateParts(when).year),
    date: norwegianDate(when),
    title: input.title.trim(),
    url: input.url,
    kind: inferKind(input.title, input.url),
    section: sectionTitle,
    event: input.event ? input.event.label.replace(/\{date\}/g, `i ${norwegianMonth(input.event.at)}`) : '',
  };
  const leadParts = renderLead(template, fields);
  return {
    ...input,
    source: fields.source,
    month: fields.month,
    kind: fields.kind,
    template,
    leadParts,
    lead: leadParts.map((part) => part.text).join(''),
  };
}

const OTHER_SECTION = { id: '', title: 'Uten seksjon' };

/** Group accepted items by section (in the newsletter's order), newest first within each. */
export function buildIssueExport(input: IssueExportInput): IssueExport {
  const known = new Set(input.sections.map((s) => s.id));
  const sections = [...input.sections, OTHER_SECTION]
    .map((section) => {
      const items = input.items
        .filter((item) => (section === OTHER_SECTION ? !item.sectionId || !known.has(item.sectionId) : item.sectionId === section.id))
        .sort((a, b) => (b.published ?? b.firstSeen).localeCompare(a.published ?? a.firstSeen) || a.title.localeCompare(b.title))
        .map((item) => exportItem(item, input.settings, section.title));
      return { id: section.id, title: section.title, items };
    })
    .filter((section) => section.items.length > 0);
  return { issue: input.issue, generatedAt: input.generatedAt, sections };
}

/** "1. juli – 30. september 2026", or "fra 1. juli 2026" while the end is open. */
export function issuePeriodText(issue: ExportIssue): string {
  const day = (d: string): string => norwegianDate(`${d}T12:00:00Z`);
  if (issue.periodFrom && issue.periodTo) return `${day(issue.periodFrom)} – ${day(issue.periodTo)}`;
  if (issue.periodFrom) return `fra ${day(issue.periodFrom)}`;
  if (issue.periodTo) return `til ${day(issue.periodTo)}`;
  return '';
}

export function leadMarkdown(parts: LeadPart[]): string {
  return parts
    .map((part) => (part.href !== undefined ? `[${escapeMarkdown(part.text)}](${markdownUrl(part.href)})` : escapeMarkdown(part.text)))
    .join('');
}

export function leadHtml(parts: LeadPart[]): string {
  return parts
    .map((part) => (part.href !== undefined ? `<a href="${safeHref(part.href)}">${escapeHtml(part.text)}</a>` : escapeHtml(part.text)))
    .join('');
}

export function exportMarkdown(exp: IssueExport): string {
  const lines = [`# ${escapeMarkdown(exp.issue.name)}`, ''];
  const period = issuePeriodText(exp.issue);
  if (period) lines.push(`_${escapeMarkdown(period)}_`, '');
  for (const section of exp.sections) {
    lines.push(`## ${escapeMarkdown(section.title)}`, '');
    for (const item of section.items) lines.push(leadMarkdown(item.leadParts), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The sections and leads as HTML to paste into the newsletter (no document around it). */
export function exportHtmlFragment(exp: IssueExport): string {
  return exp.sections
    .map((section) => [`<h2>${escapeHtml(section.title)}</h2>`, ...section.items.map((item) => `<p>${leadHtml(item.leadParts)}</p>`)].join('\n'))
    .join('\n');
}

/** The same as a standalone page (the download). */
export function exportHtmlDocument(exp: IssueExport): string {
  const period = issuePeriodText(exp.issue);
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(exp.issue.name)}</title>
</head>
<body>
<h1>${escapeHtml(exp.issue.name)}</h1>
${period ? `<p><em>${escapeHtml(period)}</em></p>\n` : ''}${exportHtmlFragment(exp)}
</body>
</html>
`;
}

export function exportJson(exp: IssueExport): string {
  return `${JSON.stringify(
    {
      issue: exp.issue,
      generatedAt: exp.generatedAt,
      sections: exp.sections.map((section) => ({
        id: section.id || null,
        title: section.title,
        items: section.items.map((item) => ({
          id: item.id,
          title: item.title,
          url: item.url,
          source: item.source,
          sourceName: item.sourceName,
          published: item.published,
          firstSeen: item.firstSeen,
          month: item.month,
          kind: item.kind || null,
          lead: item.lead,
          leadMarkdown: leadMarkdown(item.leadParts),
          leadHtml: leadHtml(item.leadParts),
          template: item.template,
          note: item.note,
        })),
      })),
    },
    null,
    2,
  )}\n`;
}
