/** `sources probe` and `sources suggest`: look at one source or one page, write no state. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { ConfigError } from '../config/errors.js';
import type { CommandContext, GlobalOptions } from './context.js';
import { commandContext } from './context.js';
import { EXIT } from './exit-codes.js';

async function lookers(ctx: CommandContext) {
  const { createBrowser, createHttpClient } = await import('../app.js');
  // No store is opened: clearance a browser earns is not kept, and article pages behind a
  // wall are rendered in the browser instead.
  const http = createHttpClient(ctx.config, ctx.overrides, ctx.log);
  const browser = createBrowser(ctx.config, ctx.overrides, ctx.log);
  return {
    http,
    browser,
    async close() {
      await browser.close();
      await http.close();
    },
  };
}

export async function probeCommand(id: string, options: GlobalOptions): Promise<number> {
  const ctx = await commandContext(options);
  const source = ctx.config.sources.find((s) => s.id === id);
  if (!source) throw new ConfigError(options.config, [{ path: 'sources', message: `no source with id "${id}" (known: ${ctx.config.sources.map((s) => s.id).join(', ')})` }]);
  const { probeSource } = await import('../watch/probe.js');
  const { formatPageReport, formatSuggestion } = await import('../report/suggestion-text.js');
  const { listingBlock, feedBlock } = await import('../sources/suggest-block.js');
  // Probing writes no state: no store is opened at all.
  const tools = await lookers(ctx);
  try {
    const result = await probeSource(source, { http: tools.http, browser: tools.browser, log: ctx.log });
    if (options.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return result.ok ? EXIT.ok : EXIT.problems;
    }
    const lines = [`${source.id} (${source.kind}) ${'url' in source ? source.url : ''}`];
    if (result.error) lines.push(`FAILED: ${result.error}`);
    for (const [i, item] of result.items.entries()) {
      const date = item.published ? `${item.published.raw}${item.published.iso ? ` → ${item.published.iso}` : ' → (unreadable)'}` : '(no date)';
      lines.push(`${String(i + 1).padStart(3)}. ${item.title}`, `     ${item.url}`, `     ${date}`);
      if (item.summary) lines.push(`     ${item.summary.slice(0, 160)}${item.summary.length > 160 ? '…' : ''}`);
    }
    for (const warning of result.warnings) lines.push(`warning: ${warning}`);
    if (result.verdict) lines.push(`BROKEN: ${result.verdict}`);
    lines.push(`${result.items.length} items in ${result.durationMs} ms`);
    process.stdout.write(`${lines.join('\n')}\n`);
    if (result.diagnosis) {
      const { url, page, suggestion } = result.diagnosis;
      const kind = source.kind === 'browser' ? 'browser' : 'html';
      const blockOptions = { id: source.id, name: source.name, section: source.section };
      process.stdout.write(`\n${formatPageReport(url, page)}\n`);
      process.stdout.write(
        formatSuggestion(suggestion, {
          listing: listingBlock(suggestion, { ...blockOptions, kind, url: 'url' in source ? source.url : url }),
          feeds: suggestion.feeds.map((f) => feedBlock(f.url, blockOptions)),
        }),
      );
    }
    return result.ok ? EXIT.ok : EXIT.problems;
  } finally {
    await tools.close();
  }
}

/** The page's own idea of its address, for a saved file: canonical link, og:url, <base>. */
function declaredUrl(html: string): string | undefined {
  const $ = load(html);
  const candidates = [$('link[rel="canonical"]').attr('href'), $('meta[property="og:url"]').attr('content'), $('base[href]').attr('href')];
  return candidates.find((href) => href !== undefined && /^https?:\/\//i.test(href.trim()))?.trim();
}

export interface SuggestOptions extends GlobalOptions {
  url?: string;
  browser?: boolean;
  section?: string;
  id?: string;
  name?: string;
}

export async function suggestCommand(
  target: string,
  options: SuggestOptions,
): Promise<number> {
  const ctx = await commandContext(options);
  const { suggestSource } = await import('../sources/suggest.js');
  const { listingBlock, feedBlock, suggestedId } = await import('../sources/suggest-block.js');
  const { formatSuggestion } = await import('../report/suggestion-text.js');
  const live = /^https?:\/\//i.test(target);
  let html: string;
  let pageUrl: string;
  if (live) {
    const tools = await lookers(ctx);
    try {
      if (options.browser) {
        const page = await tools.browser.render(target);
        html = page.html;
        pageUrl = page.finalUrl;
      } else {
        const page = await tools.http.fetch(target, { ignoreRobots: false });
        if (page.notModified) throw new Error('unexpected 304');
        html = page.text;
        pageUrl = page.finalUrl;
      }
    } finally {
      await tools.close();
    }
  } else {
    try {
      html = readFileSync(target, 'utf8');
    } catch (error) {
      process.stderr.write(`sourcewatch: cannot read ${path.resolve(target)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return EXIT.config;
    }
    const url = options.url ?? declaredUrl(html);
    if (!url) {
      process.stderr.write(`sourcewatch: ${target} does not say its address (no canonical link, og:url or <base>): give it with --url\n`);
      return EXIT.config;
    }
    pageUrl = url;
  }
  const suggestion = suggestSource(html, pageUrl);
  const section = options.section ?? ctx.config.sections[0]!.id;
  const id = options.id ?? suggestedId(pageUrl);
  const name = options.name ?? (load(html)('title').first().text().replace(/\s+/g, ' ').trim() || id);
  const blocks = {
    listing: listingBlock(suggestion, { url: live ? target : pageUrl, kind: options.browser ? 'browser' : 'html', id, name, section }),
    feeds: suggestion.feeds.map((feed, i) => feedBlock(feed.url, { id: i === 0 ? `${id}-feed` : `${id}-feed-${i + 1}`, name, section })),
  };
  if (options.json) process.stdout.write(`${JSON.stringify({ pageUrl, ...suggestion, blocks }, null, 2)}\n`);
  else process.stdout.write(formatSuggestion(suggestion, blocks));
  return blocks.listing || blocks.feeds.length > 0 ? EXIT.ok : EXIT.problems;
}
