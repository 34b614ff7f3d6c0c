/** fetchErrorKind: every error shape Node and undici throw, read by its code alone. */
import { describe, expect, it } from 'vitest';
import { fetchErrorKind, kindOfCode } from '../../src/fetch/error-kind.js';

/** An error as Node builds it: a message and a code (and sometimes a cause). */
function nodeError(code: string, message = `some words that must not matter ${code}`, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { code }, extra);
}

describe('kindOfCode', () => {
  const table: Array<[string, string | undefined]> = [
    ['ECONNREFUSED', 'refused'],
    ['ECONNRESET', 'reset'],
    ['EPIPE', 'reset'],
    ['ECONNABORTED', 'reset'],
    ['UND_ERR_SOCKET', 'reset'],
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'network'],
    ['ETIMEDOUT', 'timeout'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
    ['UND_ERR_BODY_TIMEOUT', 'timeout'],
    ['UND_ERR_ABORTED', 'aborted'],
    ['ABORT_ERR', 'aborted'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['CERT_NOT_YET_VALID', 'tls'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls'],
    ['HOSTNAME_MISMATCH', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['ERR_SSL_PACKET_LENGTH_TOO_LONG', 'tls'],
    ['EPROTO', 'tls'],
    ['UND_ERR_PRX_TLS', 'tls'],
    ['EHOSTUNREACH', undefined],
    ['UND_ERR_CLOSED', undefined],
    ['', undefined],
  ];
  it.each(table)('%s → %s', (code, kind) => {
    expect(kindOfCode(code)).toBe(kind);
  });
});

describe('fetchErrorKind', () => {
  const table: Array<[string, unknown, boolean, string, string]> = [
    ['refused', nodeError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.60:80'), false, 'refused', 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.60:80'],
    ['reset', nodeError('ECONNRESET', 'read ECONNRESET'), false, 'reset', 'ECONNRESET: read ECONNRESET'],
    ['undici: other side closed', nodeError('UND_ERR_SOCKET', 'other side closed'), false, 'reset', 'UND_ERR_SOCKET: other side closed'],
    ['refused, as the cause of a wrapper', Object.assign(new TypeError('fetch failed'), { cause: nodeError('ECONNREFUSED') }), false, 'refused', 'ECONNREFUSED: fetch failed'],
    ['refused, happy eyeballs (AggregateError)', new AggregateError([nodeError('ECONNREFUSED'), nodeError('ECONNREFUSED')], ''), false, 'refused', 'ECONNREFUSED: '],
    ['expired certificate', nodeError('CERT_HAS_EXPIRED', 'certificate has expired'), false, 'tls', 'TLS failure: CERT_HAS_EXPIRED: certificate has expired'],
    ['self-signed', nodeError('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), false, 'tls', 'TLS failure: DEPTH_ZERO_SELF_SIGNED_CERT: self-signed certificate'],
    ['unknown name', nodeError('ENOTFOUND', 'getaddrinfo ENOTFOUND x.invalid'), false, 'dns', 'host name not found (ENOTFOUND)'],
    ['resolver down', nodeError('EAI_AGAIN'), false, 'network', 'temporary DNS failure (EAI_AGAIN)'],
    ['connect timeout', nodeError('UND_ERR_CONNECT_TIMEOUT', 'Connect Timeout Error'), false, 'timeout', 'timed out (UND_ERR_CONNECT_TIMEOUT)'],
    ['signal timeout', new DOMException('The operation was aborted due to timeout', 'TimeoutError'), false, 'timeout', 'timed out (TimeoutError)'],
    ['our shutdown', nodeError('UND_ERR_ABORTED', 'Request aborted', { name: 'AbortError' }), true, 'aborted', 'aborted'],
    // undici aborts a request whose proxy refuses the CONNECT: the network failing, not us.
    ['proxy refused the tunnel', nodeError('UND_ERR_ABORTED', 'Proxy response (502) !== 200 when HTTP Tunneling', { name: 'AbortError' }), false, 'network', 'UND_ERR_ABORTED: Proxy response (502) !== 200 when HTTP Tunneling'],
    // The words alone decide nothing any more.
    ['"certificate" in a message without a code', new Error('bad certificate somewhere'), false, 'network', 'bad certificate somewhere'],
    ['"ECONNREFUSED" in a message without a code', new Error('connect ECONNREFUSED'), false, 'network', 'connect ECONNREFUSED'],
    ['unreachable network', nodeError('ENETUNREACH', 'connect ENETUNREACH'), false, 'network', 'ENETUNREACH: connect ENETUNREACH'],
    ['not an error at all', 'a string', false, 'network', 'a string'],
  ];
  it.each(table)('%s', (_name, error, ownAbort, code, detail) => {
    expect(fetchErrorKind(error, ownAbort)).toEqual({ code, detail });
  });
});
