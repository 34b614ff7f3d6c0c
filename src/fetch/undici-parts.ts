/**
 * The parts of undici sourcewatch uses — Agent, ProxyAgent and the dispatcher methods — loaded
 * from their own files instead of the package's index. The index also loads fetch, WebSocket,
 * the mocks, the caches, the cookie helpers (which pull in Node's own bundled copy of undici)
 * and more: about 90 ms of every watch's start here, against about 30 ms for these parts.
 *
 * undici has no `exports` map, so these paths are public files; the version is pinned in
 * package.json, and test/fetch/undici-parts.test.ts fails on an upgrade that moves them (the
 * parts must be the very classes the index exports).
 */
import { createRequire } from 'node:module';
import type { Dispatcher } from 'undici';

const require = createRequire(import.meta.url);

// The index's one piece of set-up, done the same way: the request, stream, pipeline, upgrade
// and connect methods on every dispatcher (ProxyAgent opens its tunnels with `connect`).
const DispatcherBase = require('undici/lib/dispatcher/dispatcher.js') as { prototype: object };
Object.assign(DispatcherBase.prototype, require('undici/lib/api/index.js') as object);

export const Agent = require('undici/lib/dispatcher/agent.js') as typeof import('undici').Agent;
export const ProxyAgent = require('undici/lib/dispatcher/proxy-agent.js') as typeof import('undici').ProxyAgent;

export type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path' | 'method'> & { dispatcher: Dispatcher; method?: Dispatcher.HttpMethod };

/**
 * undici's `request(url, options)`, through the given dispatcher: the URL split into origin
 * and path as the index's own wrapper splits it (the fragment and any user info are not sent).
 */
export function request(url: URL, { dispatcher, ...options }: RequestOptions): Promise<Dispatcher.ResponseData> {
  return dispatcher.request({
    ...options,
    origin: url.origin,
    path: url.search ? `${url.pathname}${url.search}` : url.pathname,
    method: options.method ?? 'GET',
  });
}
