/**
 * The undici dispatchers every request goes through: direct, or through an HTTP(S) proxy,
 * with TLS verification switchable for TLS-intercepting proxies (--insecure).
 */
import { Agent, ProxyAgent, type Dispatcher } from 'undici';

export interface DispatcherOptions {
  proxy?: string;
  /** Hosts (or domain suffixes, ".example.org") reached directly even with a proxy. */
  noProxy?: string[];
  insecure: boolean;
  timeoutMs: number;
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
  const tls = { rejectUnauthorized: !options.insecure };
  const timeouts = { headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs };
  const direct = new Agent({
    ...timeouts,
    connect: { ...tls, timeout: Math.min(options.timeoutMs, 15_000) },
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
