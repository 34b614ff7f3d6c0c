/**
 * A syntax check for `mailto:` links (RFC 6068, leniently): nothing is sent and no mail
 * server is asked, so "valid" means only "a mail program would know where to send it".
 */

export type MailtoCheck = { ok: true; addresses: string[] } | { ok: false; reason: string };

/** RFC 5322 atext: what an unquoted local part is made of. */
const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uffff-]+$/;
/** A domain label: letters (any script, for IDNs), digits, inner hyphens. */
const LABEL = /^(?!-)[\p{L}\p{N}-]{1,63}(?<!-)$/u;
/** The top-level label: letters (or an IDN's punycode form). */
const TLD = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/** Headers whose values are further recipients, checked like the addresses before "?". */
const RECIPIENT_HEADERS = new Set(['to', 'cc', 'bcc']);

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Why this address is not `local@domain`, or undefined when it is. */
function addressProblem(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at === -1) return `"${address}" has no @`;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local === '') return `"${address}" has nothing before the @`;
  if (domain === '') return `"${address}" has no domain after the @`;
  const quoted = /^"(?:[^"\\\r\n]|\\.)*"$/.test(local);
  if (!quoted) {
    if (local.includes('@')) return `"${address}" has more than one @`;
    if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return `"${address}" has a misplaced dot before the @`;
    if (!local.split('.').every((atom) => ATEXT.test(atom))) return `"${address}" has a character not allowed before the @`;
  }
  if (local.length > 64) return `"${address}" has more than 64 characters before the @`;
  if (/^\[[^\]]+\]$/.test(domain)) return undefined; // a domain literal: [192.0.2.1]
  const labels = domain.replace(/\.$/, '').split('.');
  if (labels.length < 2) return `"${address}": the domain "${domain}" has no dot`;
  if (!labels.every((label) => LABEL.test(label))) return `"${address}": the domain "${domain}" is not a valid host name`;
  if (!TLD.test(labels[labels.length - 1] ?? '')) return `"${address}": the domain "${domain}" does not end in a top-level domain`;
  return undefined;
}

/** Addresses in one comma-separated list; `Name <a@b.no>` is taken for its address, as mail programs do. */
function splitAddresses(list: string): string[] {
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => /<([^<>]+)>\s*$/.exec(part)?.[1]?.trim() ?? part);
}

/**
 * Check a `mailto:` URL: one or more comma-separated addresses before "?" (percent-decoded),
 * each `local@domain` with a dotted domain; headers after "?" (`subject`, `body`, `cc`…) are
 * allowed, and `to`/`cc`/`bcc` headers are checked like the addresses. `mailto:?to=a@b.no`
 * is valid; a mailto with no recipient at all is not.
 */
export function checkMailto(url: string): MailtoCheck {
  const match = /^mailto:([\s\S]*)$/i.exec(url.trim());
  if (!match) return { ok: false, reason: 'not a mailto: link' };
  const rest = (match[1] ?? '').replace(/#.*$/, '');
  const question = rest.indexOf('?');
  const path = question === -1 ? rest : rest.slice(0, question);
  const query = question === -1 ? '' : rest.slice(question + 1);

  const lists: string[] = [];
  const decodedPath = decode(path);
  if (decodedPath === undefined) return { ok: false, reason: `malformed percent-encoding in "${path}"` };
  lists.push(decodedPath);
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = decode(eq === -1 ? pair : pair.slice(0, eq));
    const value = decode(eq === -1 ? '' : pair.slice(eq + 1));
    if (name === undefined || value === undefined) return { ok: false, reason: `malformed percent-encoding in "${pair}"` };
    if (RECIPIENT_HEADERS.has(name.toLowerCase())) lists.push(value);
  }

  const addresses = lists.flatMap(splitAddresses);
  if (addresses.length === 0) return { ok: false, reason: 'no address' };
  for (const address of addresses) {
    const problem = addressProblem(address);
    if (problem) return { ok: false, reason: problem };
  }
  return { ok: true, addresses };
}
