/**
 * The undici dispatchers every request goes through: direct, or through an HTTP(S) proxy,
 * with TLS verification switchable for TLS-intercepting proxies (--insecure).
 */
import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { createSecureContext } from 'node:tls';
import type { Dispatcher } from 'undici';
import { Agent, ProxyAgent } from './undici-parts.js';

export interface DispatcherOptions {
  proxy?: string;
  /** Hosts (or domain suffixes, ".example.org") reached directly even with a proxy. */
  noProxy?: string[];
  insecure: boolean;
  timeoutMs: number;
  /**
   * Fixed name → address answers, like curl's --resolve: lets tests and benchmarks give
   * several 127.0.0.x hosts real-looking names without touching /etc/hosts.
   */
  hosts?: Record<string, string>;
}

/**
 * Name resolution with the fixed answers first. `.invalid` never resolves (RFC 6761), so it
 * fails at once instead of waiting for a resolver that may not answer.
 */
export function createLookup(hosts: Record<string, string> = {}): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    const fixed = hosts[hostname.toLowerCase()];
    if (fixed) {
      const family = fixed.includes(':') ? 6 : 4;
      if (options?.all) callback(null, [{ address: fixed, family }]);
      else callback(null, fixed, family);
      return;
    }
    if (/\.invalid\.?$/i.test(hostname)) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
      callback(error);
      return;
    }
    dns.lookup(hostname, options, callback as never);
  }) as LookupFunction;
}

export interface Dispatchers {
  forHost(host: string): Dispatcher;
  close(): Promise<void>;
}

export function bypassesProxy(host: string, noProxy: string[]): boolean {
  const name = host.toLowerCase();
  return noProxy.some((entry) => {
    const rule = entry.trim().toLowerCase().replace(/^\*/, '');
    if (rule === '') return false;
    if (rule === '*') return true;
    return rule.startsWith('.') ? name.endsWith(rule) || name === rule.slice(1) : name === rule || name.endsWith(`.${rule}`);
  });
}

export function createDispatchers(options: DispatcherOptions): Dispatchers {
  // One TLS context for every connection: without it Node builds a new one (and loads the
  // root certificates into it) for each, about 0.25 ms a host. Verification is per connection
  // (rejectUnauthorized, the server name), so sharing the context changes no check.
  const tls = { rejectUnauthorized: !options.insecure, secureContext: createSecureContext() };
  const timeouts = { headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs };
  const direct = new Agent({
    ...timeouts,
    connect: { ...tls, timeout: Math.min(options.timeoutMs, 15_000), lookup: createLookup(options.hosts) },
    connections: 16,
    keepAliveTimeout: 4_000,
  });
  const proxied = options.proxy
    ? new ProxyAgent({ uri: options.proxy, ...timeouts, requestTls: tls, proxyTls: tls })
    : undefined;
  const noProxy = options.noProxy ?? [];
  return {
    forHost(host) {
      return proxied && !bypassesProxy(host, noProxy) ? proxied : direct;
    },
    async close() {
      await Promise.allSettled([direct.close(), proxied?.close()]);
    },
  };
}
