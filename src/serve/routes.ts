/**
 * The review app's routes. Pages are rendered on the server; the script only makes deciding
 * and undoing quicker (every form also works as a plain post that redirects back).
 *
 *   GET  /candidates                 candidates of a period, with filters
 *   POST /decide                     accept / reject / maybe (+ note)
 *   POST /undo                       undo the editor's own last step
 *   POST /reject-rest                reject the undecided rest of a section (one step)
 *   GET|POST /editor                 the editor's name (kept in a cookie)
 *   GET  /issues/:id/close           what closing does, to confirm
 *   GET  /issues                     the open issue, opening the next, past issues
 *   POST /issues                     open the next issue
 *   POST /issues/:id/close|reopen
 *   GET  /issues/:id/export[.md|.html|.json]
 *   GET  /health                     sources that failed or broke, dead links, last runs
 *   GET|POST /sources…               the Kilder tab (source-routes.ts)
 *   GET  /feeds/candidates.atom      Atom: the digest's candidates now (?token= accepted as it is)
 *   GET  /feeds/accepted.atom        Atom: the items accepted into the open issue
 *   GET  /static/app.js|app.css|icon.svg
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Config } from '../config/schema.js';
import type { Db } from '../store/db.js';
import { STATUS_FILTERS, listReviewCandidates, type StatusFilter } from '../review/candidates.js';
import { decide, rejectRest, undoDecision } from '../review/decisions.js';
import { parseEditorName } from '../review/editors.js';
import { ISSUE_EXPORT_FORMATS, ISSUE_EXPORT_FORMAT_NAMES, isIssueExportFormat } from '../review/export-formats.js';
import { acceptedAtom, candidatesAtom, FEED_PATHS } from '../review/feeds.js';
import { countHealthProblems, healthView } from '../review/health.js';
import { closeIssue, closePreview, exportIssue, openNextIssue, reopenClosedIssue, suggestedPeriod } from '../review/newsletter-issues.js';
import { PERIOD_KINDS, type PeriodKind } from '../review/period.js';
import { countUnassignedAccepted } from '../store/decisions.js';
import { FILE_TYPES } from '../report/output-format.js';
import { countAcceptedByIssue, getIssue, getOpenIssue, listIssues } from '../store/newsletter-issues.js';
import { reviewClient } from './assets/client.js';
import { STYLE } from './assets/style.js';
import { HttpError, readForm, redirect, SECURITY_HEADERS, send, sendHtml, sendJson, text, type Request } from './respond.js';
import { html } from './html.js';
import { dateFormatter, labelsFor, type Language } from './labels.js';
import { renderCandidatesPage, type CandidatesParams } from './pages/candidates.js';
import { renderEditorPage } from './pages/editor.js';
import { renderCloseIssuePage } from './pages/close-issue.js';
import { editorOf, editorSetCookie } from './editor-cookie.js';
import { decidedJson, undoJson } from './decision-json.js';
import { renderExportPage } from './pages/export.js';
import { renderHealthPage } from './pages/health.js';
import { renderIssuesPage } from './pages/issues.js';
import { layout, safeReturn, type PageContext } from './pages/layout.js';
import type { Security } from './security.js';
import { isSourcesPath, sourceRoutes, type SourceRequest, type SourceRouteDeps } from './source-routes.js';

export interface ConfigSource {
  /** The configuration to use now, and a warning when a reload failed (the previous one is kept). */
  current(): { config: Config; warning: string | null };
}

export interface RouteDeps {
  db: Db;
  configSource: ConfigSource;
  security: Security;
  now: () => Date;
  log: Logger;
  /** Overrides review.language / review.learning. */
  language?: Language;
  learning?: boolean;
  /** The Kilder tab's file and live probe (without them it only lists). */
  sourcesFile?: SourceRouteDeps['sourcesFile'];
  probe?: SourceRouteDeps['probe'];
}

// The client is served as the source text of a type-checked function. Some transpilers
// (esbuild with keepNames, as tsx runs it) wrap inner functions in a `__name` helper that
// lives outside the function: the shim keeps that source runnable on its own.
const APP_JS = `"use strict";\nvar __name = (target) => target;\n(${reviewClient.toString()})();\n`;
const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#14304f"/><path d="M4 8.5l2.5 2.5L12 5.5" stroke="#fff" stroke-width="2" fill="none"/></svg>`;
/** /issues/7/export is the page; /issues/7/export.md (and every other registered format) the file. */
const EXPORT_PATH = new RegExp(`^/issues/(\\d{1,9})/export(?:\\.(${ISSUE_EXPORT_FORMAT_NAMES.join('|')}))?$`);

/** This server as the request addressed it: the feeds' self links (never with the token). */
function originOf(r: Request): string {
  return `http://${r.req.headers.host ?? 'localhost'}`;
}

function candidatesParams(url: URL): CandidatesParams {
  const q = url.searchParams;
  const period = q.get('period') as PeriodKind | null;
  const status = q.get('status') as StatusFilter | null;
  return {
    period: period && (PERIOD_KINDS as readonly string[]).includes(period) ? period : 'since-issue',
    from: text(q.get('from'), 10),
    to: text(q.get('to'), 10),
    section: text(q.get('section'), 100),
    source: text(q.get('source'), 100),
    status: status && (STATUS_FILTERS as readonly string[]).includes(status) ? status : 'all',
    q: text(q.get('q'), 200),
    learning: q.get('learning') === 'off' ? 'off' : '',
  };
}

export function createHandler(deps: RouteDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { db, security } = deps;

  const pageContext = (r: Request): PageContext => ({
    labels: r.labels,
    language: r.language,
    dates: dateFormatter(r.language),
    csrfToken: r.csrfToken,
    editor: r.editor,
    openIssue: getOpenIssue(db) ?? null,
    healthProblems: countHealthProblems(db, r.config),
    configWarning: r.configWarning,
  });

  const sources = sourceRoutes({ db, now: deps.now, log: deps.log, sourcesFile: deps.sourcesFile, probe: deps.probe });
  const sourceRequest = (r: Request): SourceRequest => ({
    config: r.config,
    ctx: pageContext(r),
    url: r.url,
    sendHtml: (status, page) => sendHtml(r, status, page),
    redirect: (location) => redirect(r, location),
    notFound: (message) => errorPage(r, 404, message),
  });

  const errorPage = (r: Request, status: number, message: string): void => {
    if (r.wantsJson) return sendJson(r, status, { ok: false, error: message });
    const ctx = pageContext(r);
    sendHtml(r, status, layout(ctx, { title: String(status), tab: null, body: html`<h1>${status}</h1><p class="error-box">${message}</p>`, returnPath: '/candidates' }));
  };

  function candidatesPage(r: Request, error?: string): void {
    const params = candidatesParams(r.url);
    const now = deps.now();
    const view = listReviewCandidates(
      db,
      r.config,
      {
        period: { kind: params.period, ...(params.from ? { from: params.from } : {}), ...(params.to ? { to: params.to } : {}) },
        ...(params.section ? { section: params.section } : {}),
        ...(params.source ? { source: params.source } : {}),
        status: params.status,
        q: params.q,
        learning: params.learning === 'off' ? false : (deps.learning ?? r.config.review.learning),
      },
      now,
    );
    sendHtml(
      r,
      error ? 400 : 200,
      renderCandidatesPage(pageContext(r), {
        view,
        params,
        config: r.config,
        waitingForIssue: countUnassignedAccepted(db),
        ...(error ? { error } : {}),
      }),
    );
  }

  function issuesPage(r: Request, status = 200, error?: string, form?: { name: string; periodFrom: string; periodTo: string }): void {
    sendHtml(
      r,
      status,
      renderIssuesPage(pageContext(r), {
        open: getOpenIssue(db) ?? null,
        issues: listIssues(db),
        acceptedByIssue: countAcceptedByIssue(db),
        waitingForIssue: countUnassignedAccepted(db),
        suggestion: suggestedPeriod(db, deps.now()),
        ...(error ? { error } : {}),
        ...(form ? { form } : {}),
      }),
    );
  }

  /** Closing asks first (a page, so it works without the script): what happens to what is left. */
  function closeConfirmPage(r: Request, id: number): void {
    const issue = getIssue(db, id);
    if (!issue || issue.closedAt !== null) return issuesPage(r, issue ? 400 : 404, r.labels.errors[issue ? 'not-open' : 'not-found']);
    sendHtml(r, 200, renderCloseIssuePage(pageContext(r), { issue, preview: closePreview(db, r.config, deps.now()) }));
  }

  async function post(r: Request, path: string): Promise<void> {
    const form = await readForm(r.req);
    const check = security.checkPost(r.req, form.get('_csrf') ?? undefined);
    if (check !== 'ok') {
      deps.log.warn({ path, check, origin: r.req.headers.origin, site: r.req.headers['sec-fetch-site'] }, 'refused a state-changing request');
      return errorPage(r, 403, r.labels.forbiddenCsrf);
    }
    const back = safeReturn(form.get('return'), '/candidates');
    const errorText = (code: string): string => r.labels.errors[code] ?? r.labels.teamErrors[code] ?? code;

    if (path === '/decide') {
      const input = { itemId: text(form.get('item'), 100), decision: text(form.get('decision'), 20), note: form.get('note'), editor: r.editor };
      const result = decide(db, r.config, input, deps.now());
      if (!result.ok) return errorPage(r, 400, errorText(result.error));
      if (!r.wantsJson) return redirect(r, back);
      return sendJson(r, 200, { ok: true, ...result.decision, line: decidedJson(r.labels, r.language, result.decision)?.line, title: result.title });
    }
    if (path === '/undo') {
      const result = undoDecision(db, deps.now(), r.editor);
      if (!r.wantsJson) return redirect(r, result ? `${back.replace(/#.*$/, '')}#c-${result.itemId}` : back);
      if (!result) return sendJson(r, 200, { ok: true, nothing: true });
      return sendJson(r, 200, undoJson(r.labels, r.language, result));
    }
    if (path === '/reject-rest') {
      const input = { section: text(form.get('section'), 100), itemIds: form.getAll('item').map((id) => text(id, 100)), editor: r.editor };
      const result = rejectRest(db, r.config, input, deps.now());
      if (!result.ok) return errorPage(r, 400, errorText(result.error));
      return redirect(r, back);
    }
    if (path === '/editor') {
      const name = parseEditorName(form.get('editor'));
      if (!name.ok) return sendHtml(r, 400, renderEditorPage(pageContext(r), { returnPath: back, error: errorText(name.error) }));
      r.cookies.push(editorSetCookie(security.editorCookieName, name.name));
      return redirect(r, back);
    }
    if (path === '/issues') {
      const input = { name: text(form.get('name'), 400), periodFrom: text(form.get('periodFrom'), 10), periodTo: text(form.get('periodTo'), 10) };
      const result = openNextIssue(db, input, deps.now());
      if (!result.ok) return issuesPage(r, 400, errorText(result.error), input);
      return redirect(r, '/issues');
    }
    if (isSourcesPath(path)) return sources.post(sourceRequest(r), path, form);
    const issueAction = /^\/issues\/(\d{1,9})\/(close|reopen)$/.exec(path);
    if (issueAction) {
      const id = Number(issueAction[1]);
      if (issueAction[2] === 'close' && form.get('confirm') !== 'yes') return closeConfirmPage(r, id);
      const result = issueAction[2] === 'close' ? closeIssue(db, id, deps.now()) : reopenClosedIssue(db, id);
      if (!result.ok) return issuesPage(r, 400, errorText(result.error));
      return redirect(r, '/issues');
    }
    return errorPage(r, 404, r.labels.notFound);
  }

  function get(r: Request, path: string): void {
    switch (path) {
      case '/':
        return redirect(r, '/candidates');
      case '/candidates':
        return candidatesPage(r);
      case '/issues':
        return issuesPage(r);
      case '/editor':
        return sendHtml(r, 200, renderEditorPage(pageContext(r), { returnPath: safeReturn(r.url.searchParams.get('return'), '/candidates') }));
      case '/health':
        return sendHtml(r, 200, renderHealthPage(pageContext(r), healthView(db, r.config)));
      case FEED_PATHS.candidates:
        return send(r, 200, candidatesAtom(db, r.config, deps.now(), { origin: originOf(r), learning: deps.learning ?? r.config.review.learning }), FILE_TYPES.atom.mime);
      case FEED_PATHS.accepted:
        return send(r, 200, acceptedAtom(db, r.config, deps.now(), { origin: originOf(r) }), FILE_TYPES.atom.mime);
      case '/static/app.js':
        return send(r, 200, APP_JS, 'text/javascript; charset=utf-8', { 'Cache-Control': 'no-cache' });
      case '/static/app.css':
        return send(r, 200, STYLE, 'text/css; charset=utf-8', { 'Cache-Control': 'no-cache' });
      case '/static/icon.svg':
      case '/favicon.ico':
        return send(r, 200, ICON, 'image/svg+xml', { 'Cache-Control': 'max-age=86400' });
    }
    if (isSourcesPath(path)) return sources.get(sourceRequest(r), path);
    const closeMatch = /^\/issues\/(\d{1,9})\/close$/.exec(path);
    if (closeMatch) return closeConfirmPage(r, Number(closeMatch[1]));
    const exportMatch = EXPORT_PATH.exec(path);
    if (exportMatch) {
      const id = Number(exportMatch[1]);
      const exp = exportIssue(db, r.config, id, deps.now());
      if (!exp) return errorPage(r, 404, r.labels.errors['not-found'] ?? '');
      const name = exportMatch[2];
      if (!name || !isIssueExportFormat(name)) return sendHtml(r, 200, renderExportPage(pageContext(r), exp));
      const format = ISSUE_EXPORT_FORMATS[name];
      const download: Record<string, string> = r.url.searchParams.has('download') ? { 'Content-Disposition': `attachment; filename="issue-${id}.${format.extension}"` } : {};
      return send(r, 200, format.render(exp), format.mime, download);
    }
    return errorPage(r, 404, r.labels.notFound);
  }

  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sourcewatch.invalid');
    const { config, warning } = deps.configSource.current();
    const language = deps.language ?? config.review.language;
    const labels = labelsFor(language);
    const plain = (status: number, message: string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
      res.end(`${message}\n`);
    };
    try {
      if (!security.hostAllowed(req)) return plain(421, 'This server answers only to localhost / 127.0.0.1.');
      const isFeed = (Object.values(FEED_PATHS) as string[]).includes(url.pathname);
      const auth = isFeed ? security.authenticateFeed(req, url) : security.authenticate(req, url);
      if (!auth.ok) return plain(401, labels.tokenRequired, { 'WWW-Authenticate': 'Bearer' });
      if ('redirect' in auth) return plain(303, '', { 'Set-Cookie': auth.setCookie, Location: auth.redirect });
      const session = security.session(req);
      const r: Request = {
        req,
        res,
        url,
        config,
        configWarning: warning,
        labels,
        language,
        sessionCookie: session.setCookie,
        cookies: [],
        editor: editorOf(req, security.editorCookieName),
        csrfToken: security.csrfToken(session.id),
        wantsJson: (req.headers.accept ?? '').includes('application/json'),
      };
      try {
        if (req.method === 'GET' || req.method === 'HEAD') return get(r, url.pathname);
        if (req.method === 'POST') return await post(r, url.pathname);
        return errorPage(r, 405, 'method not allowed');
      } catch (error) {
        if (error instanceof HttpError) return errorPage(r, error.status, error.message);
        throw error;
      }
    } catch (error) {
      deps.log.error({ err: error instanceof Error ? (error.stack ?? error.message) : String(error), path: url.pathname }, 'request failed');
      if (!res.headersSent) plain(500, `Internal error: ${error instanceof Error ? error.message : String(error)}`);
      else res.end();
    }
  };
}
