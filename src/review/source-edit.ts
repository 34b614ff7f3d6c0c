/**
 * Editing one source from the Kilder tab, as pure functions: the form's fields read into an
 * edit, the edit applied to the source's entry in sources.json *as written* (defaults the
 * loader fills in are not written out, keys keep their order, untouched fields stay as they
 * are), and the loader's problems placed next to the form field they concern.
 */
import type { ConfigIssue } from '../config/errors.js';

export const SELECT_FIELDS = ['item', 'title', 'link', 'date', 'summary'] as const;
export type SelectField = (typeof SELECT_FIELDS)[number];

/** What the editor can change in one source. */
export interface SourceEdit {
  section: string;
  /** A number, or the text typed when it is none (the schema then says so). */
  weight: number | string;
  enabled: boolean;
  include: string[];
  exclude: string[];
  select: Record<SelectField, string>;
}

/** The form fields, by name: what the page renders and what a post sends back. */
export type EditField = 'section' | 'weight' | 'enabled' | 'include' | 'exclude' | `select.${SelectField}`;

export type JsonObject = { [key: string]: unknown };

/**
 * Where a source keeps what the editor may change besides section, weight and enabled: its own
 * listing (html, browser), its html fallback (a feed behind a listing), its URL filters
 * (sitemap), or nowhere (a feed, Stortinget).
 */
export type ListingPlace = 'self' | 'fallback' | 'sitemap' | 'none';

export function listingPlace(raw: JsonObject): ListingPlace {
  if (raw.kind === 'html' || raw.kind === 'browser') return 'self';
  if (raw.kind === 'sitemap') return 'sitemap';
  const fallback = raw.fallback;
  if (raw.kind === 'feed' && isObject(fallback) && fallback.kind === 'html') return 'fallback';
  return 'none';
}

/** Selectors exist where a listing page is read; a sitemap only has URL filters. */
export function hasSelectors(place: ListingPlace): boolean {
  return place === 'self' || place === 'fallback';
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function lines(text: string | null): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The listing object the patterns and selectors live in (a copy's, when given a copy). */
function listingOf(raw: JsonObject, place: ListingPlace): JsonObject | undefined {
  if (place === 'self' || place === 'sitemap') return raw;
  if (place === 'fallback' && isObject(raw.fallback)) return raw.fallback;
  return undefined;
}

/** The values the form shows for a source as written in sources.json. */
export function editOfSource(raw: JsonObject): SourceEdit {
  const place = listingPlace(raw);
  const listing = listingOf(raw, place) ?? {};
  const articles = isObject(listing.articles) ? listing.articles : {};
  const select = isObject(listing.select) ? listing.select : {};
  const ranking = isObject(raw.ranking) ? raw.ranking : {};
  return {
    section: typeof raw.section === 'string' ? raw.section : '',
    weight: typeof ranking.weight === 'number' ? ranking.weight : 0,
    enabled: raw.enabled !== false,
    include: place === 'sitemap' ? strings(raw.include) : strings(articles.include),
    exclude: place === 'sitemap' ? strings(raw.exclude) : strings(articles.exclude),
    select: Object.fromEntries(SELECT_FIELDS.map((field) => [field, typeof select[field] === 'string' ? select[field] : ''])) as Record<SelectField, string>,
  };
}

/** The form as posted → an edit. An unchecked box is absent from a form post: not enabled. */
export function editOfForm(form: { get(name: string): string | null }): SourceEdit {
  const weightText = (form.get('weight') ?? '').trim().replace(',', '.').replace('−', '-');
  const weight = weightText === '' ? 0 : Number(weightText);
  return {
    section: (form.get('section') ?? '').trim(),
    weight: Number.isFinite(weight) ? weight : weightText,
    enabled: form.get('enabled') === 'on',
    include: lines(form.get('include')),
    exclude: lines(form.get('exclude')),
    select: Object.fromEntries(SELECT_FIELDS.map((field) => [field, (form.get(`select.${field}`) ?? '').trim()])) as Record<SelectField, string>,
  };
}

function sameList(a: unknown, b: string[]): boolean {
  return Array.isArray(a) && a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Set a key, or leave it out when the value is the default and the file never wrote it. */
function setUnlessDefault(target: JsonObject, key: string, value: unknown, fallback: unknown): void {
  if (target[key] === undefined && value === fallback) return;
  target[key] = value;
}

function applyArticles(listing: JsonObject, include: string[], exclude: string[]): void {
  if (include.length === 0 && exclude.length === 0) {
    delete listing.articles;
    return;
  }
  const articles = isObject(listing.articles) ? listing.articles : {};
  if (!sameList(articles.include, include)) articles.include = include;
  if (!sameList(articles.exclude, exclude) && !(articles.exclude === undefined && exclude.length === 0)) articles.exclude = exclude;
  listing.articles = articles;
}

function applySelect(listing: JsonObject, select: Record<SelectField, string>): void {
  if (SELECT_FIELDS.every((field) => select[field] === '')) {
    delete listing.select;
    return;
  }
  const current = isObject(listing.select) ? listing.select : {};
  for (const field of SELECT_FIELDS) {
    if (select[field] === '') delete current[field];
    else if (current[field] !== select[field]) current[field] = select[field];
  }
  listing.select = current;
}

/** The source's entry with the edit applied; the entry given is not changed. */
export function applyEdit(raw: JsonObject, edit: SourceEdit): JsonObject {
  const next = structuredClone(raw);
  if (next.section !== edit.section) next.section = edit.section;
  setUnlessDefault(next, 'enabled', edit.enabled, true);
  const ranking = isObject(next.ranking) ? next.ranking : {};
  setUnlessDefault(ranking, 'weight', edit.weight, 0);
  if (Object.keys(ranking).length > 0 || next.ranking !== undefined) next.ranking = ranking;
  const place = listingPlace(next);
  const listing = listingOf(next, place);
  if (place === 'sitemap') {
    for (const key of ['include', 'exclude'] as const) {
      if (!sameList(next[key], edit[key]) && !(next[key] === undefined && edit[key].length === 0)) next[key] = edit[key];
    }
  } else if (listing) {
    applyArticles(listing, edit.include, edit.exclude);
    applySelect(listing, edit.select);
  }
  return next;
}

/** sources.json as text with one source replaced: 2-space JSON, key order kept, a final newline. */
export function withSource(file: JsonObject, index: number, source: JsonObject): JsonObject {
  const sources = Array.isArray(file.sources) ? [...(file.sources as unknown[])] : [];
  sources[index] = source;
  return { ...file, sources };
}

export function configText(file: JsonObject): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The form field a loader problem at `path` concerns, or null when it is elsewhere in the file. */
export function fieldOfIssue(path: string, index: number): EditField | null {
  const prefix = `sources[${index}]`;
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length).replace(/^\./, '').replace(/^fallback\./, '');
  if (rest === 'section') return 'section';
  if (rest === 'enabled') return 'enabled';
  if (rest === 'ranking.weight' || rest === 'ranking') return 'weight';
  if (/^(?:articles\.)?include(?:\[\d+\])?$/.test(rest) || rest === 'articles') return 'include';
  if (/^(?:articles\.)?exclude(?:\[\d+\])?$/.test(rest)) return 'exclude';
  const select = /^select(?:\.(\w+))?$/.exec(rest);
  if (select) {
    const field = (select[1] ?? 'item') as SelectField;
    return (SELECT_FIELDS as readonly string[]).includes(field) ? `select.${field}` : 'select.item';
  }
  return null;
}

export interface PlacedIssues {
  byField: Partial<Record<EditField, string[]>>;
  elsewhere: ConfigIssue[];
}

/** The loader's problems, each next to its field (or listed as elsewhere), in the editor's words. */
export function placeIssues(issues: readonly ConfigIssue[], index: number, say: (message: string) => string): PlacedIssues {
  const placed: PlacedIssues = { byField: {}, elsewhere: [] };
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path, index);
    const message = say(issue.message);
    if (field) (placed.byField[field] ??= []).push(message);
    else placed.elsewhere.push({ path: issue.path, message });
  }
  return placed;
}
