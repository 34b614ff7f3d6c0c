/**
 * The Kilder tab's routes. routes.ts hands them requests under /sources after its own checks
 * (a post has passed the same-origin and CSRF checks decisions pass).
 *
 *   GET  /sources                 every source with its last outcome, items and health
 *   GET  /sources/:id             the source's settings, probe and editor
 *   POST /sources/:id/probe       probe the source as saved
 *   POST /sources/:id/preview     probe the edited settings, saving nothing
 *   POST /sources/:id/save        validate the whole file, write it, keep the previous version
 *   POST /sources/:id/restore     put the previous version back
 */
import type { Config, Source } from '../config/schema.js';
import type { Logger } from '../log.js';
import { editOfForm, editOfSource, listingPlace, placeIssues, type JsonObject, type SourceEdit } from '../review/source-edit.js';
import type { SourceProber } from '../review/source-probe.js';
import { editedSources, listHistory, readSourcesJson, restorePrevious, saveSourcesJson, sourceIndex, type SourcesFile } from '../review/sources-file.js';
import { sourcesView } from '../review/sources-view.js';
import type { Db } from '../store/db.js';
import { configIssueText } from './config-issue-text.js';
import type { PageContext } from './pages/layout.js';
import { renderSourceDetailPage, type SourceDetailView } from './pages/source-detail.js';
import { renderSourcesPage } from './pages/sources.js';

export interface SourceRouteDeps {
  db: Db;
  now: () => Date;
  log: Logger;
  /** sources.json and its history folder: without them the tab only reads. */
  sourcesFile?: SourcesFile | undefined;
  /** Runs a live probe: without it the tab shows no probe or preview. */
  probe?: SourceProber | undefined;
}

/** What a route needs of the request it answers. */
export interface SourceRequest {
  config: Config;
  ctx: PageContext;
  url: URL;
  sendHtml(status: number, page: string): void;
  redirect(location: string): void;
  notFound(message: string): void;
}

const DETAIL = /^\/sources\/([a-z0-9][a-z0-9-]{0,99})$/;
const ACTION = /^\/sources\/([a-z0-9][a-z0-9-]{0,99})\/(probe|preview|save|restore)$/;

export function isSourcesPath(path: string): boolean {
  return path === '/sources' || path.startsWith('/sources/');
}

export function sourceRoutes(deps: SourceRouteDeps) {
  const file = deps.sourcesFile;

  /** The source as written in the file (for the form), or undefined when the file is not ours to read. */
  function rawSource(id: string): JsonObject | undefined {
    if (!file) return undefined;
    const read = readSourcesJson(file);
    if (!read.ok) return undefined;
    const index = sourceIndex(read.json, id);
    return index < 0 ? undefined : (read.json.sources as JsonObject[])[index];
  }

  function view(r: SourceRequest, source: Source, over: Partial<SourceDetailView> = {}): SourceDetailView {
    // The form shows the file as written; a parsed source (defaults filled in) stands in when there is no file.
    const raw = rawSource(source.id) ?? (source as unknown as JsonObject);
    const newest = file ? listHistory(file)[0] : undefined;
    return {
      source,
      place: listingPlace(raw),
      sections: r.config.sections,
      edit: editOfSource(raw),
      editable: file !== undefined,
      canProbe: deps.probe !== undefined,
      previousSavedAt: newest ? newest.savedAt.toISOString() : null,
      ...over,
    };
  }

  function detail(r: SourceRequest, source: Source, status: number, over: Partial<SourceDetailView> = {}): void {
    r.sendHtml(status, renderSourceDetailPage(r.ctx, view(r, source, over)));
  }

  /** The edited file, checked; the issues placed next to the fields when it does not pass. */
  function checkEdit(r: SourceRequest, source: Source, edit: SourceEdit): { ok: true; json: JsonObject; config: Config } | { ok: false } {
    const say = (message: string): string => configIssueText(message, r.ctx.language);
    const read = file ? readSourcesJson(file) : undefined;
    if (!read || !read.ok) {
      detail(r, source, 409, { edit, error: r.ctx.labels.sources.fileChanged });
      return { ok: false };
    }
    const result = editedSources(read.json, source.id, edit);
    if (!result.ok) {
      detail(r, source, 400, { edit, issues: placeIssues(result.issues, result.index, say) });
      return { ok: false };
    }
    return { ok: true, json: result.json, config: result.config };
  }

  return {
    get(r: SourceRequest, path: string): void {
      if (path === '/sources') return r.sendHtml(200, renderSourcesPage(r.ctx, sourcesView(deps.db, r.config)));
      const match = DETAIL.exec(path);
      const source = match ? r.config.sources.find((s) => s.id === match[1]) : undefined;
      if (!source) return r.notFound(r.ctx.labels.sources.notFound);
      const notice = r.url.searchParams.get('notice');
      return detail(r, source, 200, notice === 'saved' || notice === 'restored' ? { notice } : {});
    },

    async post(r: SourceRequest, path: string, form: URLSearchParams): Promise<void> {
      const match = ACTION.exec(path);
      const source = match ? r.config.sources.find((s) => s.id === match[1]) : undefined;
      if (!match || !source) return r.notFound(r.ctx.labels.sources.notFound);
      const action = match[2] as 'probe' | 'preview' | 'save' | 'restore';
      const back = `/sources/${encodeURIComponent(source.id)}`;

      if (action === 'probe') {
        if (!deps.probe) return r.notFound(r.ctx.labels.sources.noProbe);
        return detail(r, source, 200, { probe: { mode: 'probe', result: await deps.probe(source, r.config) } });
      }
      if (action === 'restore') {
        if (!file) return r.notFound(r.ctx.labels.sources.readOnly);
        const result = restorePrevious(file, deps.now());
        if (!result.ok) {
          const say = (message: string): string => configIssueText(message, r.ctx.language);
          const error = result.reason === 'no-history' ? r.ctx.labels.sources.noHistory : `${r.ctx.labels.sources.restoreFailed} ${(result.issues ?? []).map((i) => `${i.path}: ${say(i.message)}`).join('; ')}`;
          return detail(r, source, 400, { error });
        }
        deps.log.info({ file: file.path, source: source.id }, 'sources.json: previous version restored from the review page');
        return r.redirect(`${back}?notice=restored`);
      }

      const edit = editOfForm(form);
      if (action === 'preview') {
        if (!deps.probe || !file) return r.notFound(r.ctx.labels.sources.noProbe);
        const checked = checkEdit(r, source, edit);
        if (!checked.ok) return;
        // The edited source as the loader reads it: defaults filled in, patterns and selectors checked.
        const edited = checked.config.sources.find((s) => s.id === source.id) ?? source;
        return detail(r, source, 200, { edit, probe: { mode: 'preview', result: await deps.probe(edited, checked.config) } });
      }
      if (!file) return r.notFound(r.ctx.labels.sources.readOnly);
      const checked = checkEdit(r, source, edit);
      if (!checked.ok) return;
      saveSourcesJson(file, checked.json, deps.now());
      deps.log.info({ file: file.path, source: source.id }, 'sources.json: source edited from the review page');
      return r.redirect(`${back}?notice=saved`);
    },
  };
}
