/**
 * Mirrors of the replica web for the watch bench: a copy of every site on hosts prefixed
 * `m1.`, `m2.`, … so that a scaled-up workload has more hosts, not more requests on the same
 * hosts. A copy must be whole: a sitemap index, a listing or a redirect names absolute URLs, and
 * a mirror that rewrote only the Host header would send the tool back to the original host
 * (which is how a sitemap index once made the bench measure heuni.fi's spacing). So the wrapper
 * rewrites absolute URLs in bodies and headers, and the source configs (URLs and link patterns)
 * point at the mirror's hosts. The replica sites themselves stay unaware of mirroring.
 */
import type { Source } from '../src/config/schema.js';
import type { ReplicaRequest, ReplicaResponse, ReplicaSite } from '../src/demo/types.js';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Every absolute (or scheme-relative) URL naming one of `hosts` in `text`, moved to
 * `prefix.host`. JSON's escaped slashes (`https:\/\/`) count too; a host only matches whole
 * (`heuni.fi` does not match inside `www.heuni.fi` or `heuni.fish`).
 */
export function rewriteUrls(text: string, prefix: string, hosts: readonly string[]): string {
  if (hosts.length === 0) return text;
  const names = [...hosts].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(`((?:https?:)?(?:\\\\?/){2})(${names})(?![a-z0-9.-])`, 'gi');
  return text.replace(pattern, (_, lead: string, host: string) => `${lead}${prefix}.${host}`);
}

/** The inverse for what a client sends (Referer, Origin): the mirror's hosts back to the originals. */
export function unmirrorUrls(text: string, prefix: string, hosts: readonly string[]): string {
  if (hosts.length === 0) return text;
  const names = [...hosts].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return text.replace(new RegExp(`((?:https?:)?(?:\\\\?/){2})${escapeRegExp(prefix)}\\.(${names})(?![a-z0-9.-])`, 'gi'), '$1$2');
}

/** A Set-Cookie's Domain attribute, when it names one of `hosts`. */
function rewriteCookieDomain(value: string, prefix: string, hosts: readonly string[]): string {
  return value.replace(/(;\s*domain=\.?)([^;\s]+)/gi, (whole, lead: string, domain: string) =>
    hosts.includes(domain.toLowerCase()) ? `${lead}${prefix}.${domain}` : whole,
  );
}

export function rewriteHeaders(headers: Record<string, string>, prefix: string, hosts: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => {
      const moved = rewriteUrls(value, prefix, hosts);
      return [name, name.toLowerCase() === 'set-cookie' ? rewriteCookieDomain(moved, prefix, hosts) : moved];
    }),
  );
}

/** Bodies worth rewriting: text, not PDFs or images (whose byte offsets a rewrite would break). */
const TEXTUAL = /^(?:text\/|application\/(?:[a-z.+-]*\+)?(?:xml|json|javascript|xhtml\+xml|rss\+xml|atom\+xml)\b)/i;

export function rewriteBody(body: string | Buffer, contentType: string | undefined, prefix: string, hosts: readonly string[]): string | Buffer {
  if (typeof body === 'string') return rewriteUrls(body, prefix, hosts);
  if (!TEXTUAL.test(contentType ?? '')) return body;
  // latin1 maps every byte to one code unit and back, so any charset's bytes survive; the
  // URLs themselves are ASCII.
  return Buffer.from(rewriteUrls(body.toString('latin1'), prefix, hosts), 'latin1');
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  return Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
}

/**
 * `site` answering on `prefix.<host>` for each of its hosts. `webHosts` are all the hosts of
 * the web being mirrored (so a link from one site to another lands on the other's mirror).
 */
export function mirror(site: ReplicaSite, prefix: string, webHosts: readonly string[]): ReplicaSite {
  const strip = (host: string): string => (host.startsWith(`${prefix}.`) ? host.slice(prefix.length + 1) : host);
  return {
    name: `${site.name}-${prefix}`,
    hosts: site.hosts.map((host) => `${prefix}.${host}`),
    handle(request: ReplicaRequest, state) {
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([name, value]) => [name, value === undefined ? value : name === 'host' ? strip(value) : unmirrorUrls(value, prefix, webHosts)]),
      );
      const response: ReplicaResponse | null = site.handle({ ...request, host: strip(request.host), headers }, state);
      if (response === null) return null;
      return {
        ...response,
        ...(response.headers ? { headers: rewriteHeaders(response.headers, prefix, webHosts) } : {}),
        body: rewriteBody(response.body, headerValue(response.headers, 'content-type'), prefix, webHosts),
      };
    },
  };
}

/**
 * A string of a source's config on the mirror: a link pattern (a regular expression, known by
 * its escaped dots) gets the prefix after its `://`; a URL gets its host moved.
 */
export function mirrorConfigString(text: string, prefix: string, webHosts: readonly string[]): string {
  if (text.includes('\\.')) return text.replace(/:\/\//g, `://${escapeRegExp(prefix)}\\.`);
  return rewriteUrls(text, prefix, webHosts);
}

function mirrorValue(value: unknown, prefix: string, webHosts: readonly string[]): unknown {
  if (typeof value === 'string') return mirrorConfigString(value, prefix, webHosts);
  if (Array.isArray(value)) return value.map((item) => mirrorValue(item, prefix, webHosts));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === 'notes' || key === 'name' ? item : mirrorValue(item, prefix, webHosts)]));
  }
  return value;
}

/** A source of the shipped config, watching the mirror `prefix` instead (null: the original). */
export function mirrorSource(source: Source, prefix: string | null, webHosts: readonly string[]): Source {
  if (prefix === null) return source;
  return { ...(mirrorValue(source, prefix, webHosts) as Source), id: `${source.id}-${prefix}` };
}
