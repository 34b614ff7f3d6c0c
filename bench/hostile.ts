/**
 * Hostile input: peak RSS and wall time of one watch run (or one PDF read) per case, each in
 * its own process under GNU time. Every case makes its input itself and serves it from a
 * loopback HTTP server started here.
 *
 *   npx tsc -p tsconfig.bench.json && node dist/bench/hostile.js           all cases, one table
 *   node dist/bench/hostile.js listing                                    one case, in this process
 *
 * Compiled, as sourcewatch runs from cron: under tsx the same process is some 400 MB bigger
 * (its loader's copies of pdf.js alone), which would hide what the code itself costs.
 *
 * Cases: listing / listing-pattern (100,000 items on one page, by selectors / by link
 * pattern), sitemap (100,000 URLs), pdf (100,000 link annotations on one page) and pdf-pages
 * (the same on 100 pages), nested (200,000 nested <div> beside a good source), regex (a sitemap
 * include of (a+)+$ set after loading, beside a good source).
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { createRuntime } from '../src/app.js';
import { parseConfig } from '../src/config/load.js';
import { collectFromPaths, emptyTargets } from '../src/links/collect.js';
import { silentLogger } from '../src/log.js';
import { watchSources } from '../src/watch/watch.js';
import { measure } from './measure.js';

const COUNT = 100_000;

type Body = { type: string; body: string | Buffer };

function serve(routes: Record<string, () => Body>): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (!route) {
      response.writeHead(404).end('not found');
      return;
    }
    const { type, body } = route();
    response.writeHead(200, { 'content-type': type }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

function listingHtml(count: number): string {
  const items: string[] = [];
  for (let i = 0; i < count; i += 1) items.push(`<li><a href="/p/${i}">Rapport ${i} om arbeidsliv</a> <span>24.11.2026</span></li>`);
  return `<!doctype html><html><body><ul>${items.join('')}</ul></body></html>`;
}

function sitemapXml(base: string, count: number): string {
  const urls: string[] = [];
  for (let i = 0; i < count; i += 1) urls.push(`<url><loc>${base}/a/${i}</loc><lastmod>2026-11-24</lastmod></url>`);
  return `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`;
}

const good = (base: string) => ({ id: 'good', name: 'Good', section: 's', kind: 'html', url: `${base}/good`, articles: { include: ['/good/\\d+$'] } });
const goodHtml = (): Body => ({
  type: 'text/html',
  body: '<html><body><ul><li><h3><a href="/good/1">Første rapport om arbeidsliv</a></h3></li><li><h3><a href="/good/2">Andre rapport om arbeidsliv</a></h3></li></ul></body></html>',
});

async function watchOnce(sources: unknown[], tweak?: (config: ReturnType<typeof parseConfig>) => void): Promise<unknown> {
  const config = parseConfig({
    version: 1,
    sections: [{ id: 's', title: 'S' }],
    http: { retries: 0, perHostDelayMs: 0, respectRobotsTxt: false },
    sources,
  });
  tweak?.(config);
  const storageDir = mkdtempSync(path.join(tmpdir(), 'sw-hostile-'));
  const runtime = createRuntime(config, { storageDir, hostDelayMs: 0 }, silentLogger());
  try {
    const summary = await watchSources(config, { db: runtime.db, http: runtime.http, browser: runtime.browser, log: runtime.log });
    return summary.sources.map(({ id, outcome, items, detail }) => ({ id, outcome, items, detail: detail.slice(0, 160) }));
  } finally {
    await runtime.close();
    rmSync(storageDir, { recursive: true, force: true });
  }
}

async function pdfWithLinks(count: number, perPage: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let start = 0; start < count; start += perPage) {
    const page = doc.addPage([595, 842]);
    const refs = [];
    for (let i = start; i < Math.min(count, start + perPage); i += 1) {
      const x = (i % 20) * 29;
      const y = Math.floor((i % perPage) / 20) % 80 * 10;
      refs.push(
        doc.context.register(
          doc.context.obj({
            Type: 'Annot',
            Subtype: 'Link',
            Rect: [x, y, x + 25, y + 8],
            Border: [0, 0, 0],
            A: { Type: 'Action', S: 'URI', URI: PDFString.of(`https://example.org/doc/${i}`) },
          }),
        ),
      );
    }
    page.node.set(PDFName.of('Annots'), doc.context.obj(refs));
  }
  return doc.save();
}

const cases: Record<string, () => Promise<unknown>> = {
  async listing() {
    const html = listingHtml(COUNT);
    const { server, base } = await serve({ '/list': () => ({ type: 'text/html', body: html }) });
    try {
      return await watchOnce([{ id: 'big', name: 'Big', section: 's', kind: 'html', url: `${base}/list`, select: { item: 'li', link: 'a', date: 'span' } }]);
    } finally {
      server.close();
    }
  },
  async 'listing-pattern'() {
    const html = listingHtml(COUNT);
    const { server, base } = await serve({ '/list': () => ({ type: 'text/html', body: html }) });
    try {
      return await watchOnce([{ id: 'big', name: 'Big', section: 's', kind: 'html', url: `${base}/list`, articles: { include: ['/p/\\d+$'] } }]);
    } finally {
      server.close();
    }
  },
  async sitemap() {
    let xml = '';
    const { server, base } = await serve({ '/sitemap.xml': () => ({ type: 'application/xml', body: xml }) });
    xml = sitemapXml(base, COUNT);
    try {
      return await watchOnce([{ id: 'big', name: 'Big', section: 's', kind: 'sitemap', url: `${base}/sitemap.xml` }]);
    } finally {
      server.close();
    }
  },
  async pdf() {
    // pdf-lib needs more memory to write this PDF than we may use to read it: the file is
    // made beforehand (`make-pdf`, not measured) unless HOSTILE_PDF names one already.
    const dir = mkdtempSync(path.join(tmpdir(), 'sw-hostile-pdf-'));
    const file = process.env.HOSTILE_PDF ?? path.join(dir, 'links.pdf');
    if (!process.env.HOSTILE_PDF) writeFileSync(file, await pdfWithLinks(COUNT, Number(process.env.PER_PAGE ?? COUNT)));
    try {
      const targets = emptyTargets();
      await collectFromPaths(targets, [file]);
      return { links: targets.links.size, problems: targets.problems.map((p) => p.detail) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  async nested() {
    const deep = `<html><body>${'<div>'.repeat(200_000)}x${'</div>'.repeat(200_000)}</body></html>`;
    const { server, base } = await serve({ '/deep': () => ({ type: 'text/html', body: deep }), '/good': goodHtml });
    try {
      return await watchOnce([{ id: 'deep', name: 'Deep', section: 's', kind: 'html', url: `${base}/deep`, articles: { include: ['/p/'] } }, good(base)]);
    } finally {
      server.close();
    }
  },
  async regex() {
    let xml = '';
    const { server, base } = await serve({ '/sitemap.xml': () => ({ type: 'application/xml', body: xml }), '/good': goodHtml });
    xml = `<?xml version="1.0"?><urlset><url><loc>${base}/${'a'.repeat(40)}!</loc></url></urlset>`;
    try {
      // The loader refuses this pattern; set after loading, as a config built in code would.
      return await watchOnce([{ id: 'evil', name: 'Evil', section: 's', kind: 'sitemap', url: `${base}/sitemap.xml` }, good(base)], (config) => {
        const evil = config.sources[0]!;
        if (evil.kind === 'sitemap') evil.include = ['(a+)+$'];
      });
    } finally {
      server.close();
    }
  },
};

const which = process.argv[2];
if (which === 'make-pdf') {
  writeFileSync(process.argv[3]!, await pdfWithLinks(COUNT, Number(process.env.PER_PAGE ?? COUNT)));
} else if (which) {
  const run = cases[which];
  if (!run) throw new Error(`no case ${which}: ${Object.keys(cases).join(', ')}`);
  const started = Date.now();
  const result = await run();
  console.log(JSON.stringify({ case: which, ms: Date.now() - started, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), result }));
} else {
  const self = fileURLToPath(import.meta.url);
  const pdfDir = mkdtempSync(path.join(tmpdir(), 'sw-hostile-pdf-'));
  const pdfs: Record<string, string> = {};
  for (const [name, perPage] of [['pdf', COUNT], ['pdf-pages', 1000]] as const) {
    pdfs[name] = path.join(pdfDir, `${name}.pdf`);
    await measure(process.execPath, [self, 'make-pdf', pdfs[name]!], { env: { ...process.env, PER_PAGE: String(perPage) }, timeoutMs: 300_000 });
  }
  const runs: Array<[string, string, Record<string, string>]> = Object.keys(cases).map((name): [string, string, Record<string, string>] => [name, name, name === 'pdf' ? { HOSTILE_PDF: pdfs.pdf! } : {}]);
  runs.splice(runs.findIndex(([name]) => name === 'pdf') + 1, 0, ['pdf-pages', 'pdf', { HOSTILE_PDF: pdfs['pdf-pages']! }]);
  for (const [name, which, env] of runs) {
    const run = await measure(process.execPath, [self, which], { env: { ...process.env, ...env }, timeoutMs: 300_000 });
    const line = run.stdout.trim().split('\n').at(-1) ?? '';
    if (name === 'regex') rmSync(pdfDir, { recursive: true, force: true });
    console.log(`${name.padEnd(16)} wall ${(run.wallMs / 1000).toFixed(1).padStart(6)} s  peak RSS ${String(Math.round(run.peakRssKb / 1024)).padStart(5)} MB  ${run.timedOut ? 'TIMED OUT' : line || run.stderr.trim().split('\n').at(-1)}`);
  }
}
