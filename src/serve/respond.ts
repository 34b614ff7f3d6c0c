/**
 * How the review app answers: the security headers every answer carries, the request as the
 * routes see it, and the small senders (HTML, JSON, redirect) and the bounded form reader.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config/schema.js';
import type { Labels, Language } from './labels.js';

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  // Not no-referrer: under it browsers send `Origin: null` with form posts, which the CSRF check refuses.
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const MAX_BODY = 64 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Request {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  config: Config;
  configWarning: string | null;
  labels: Labels;
  language: Language;
  sessionCookie: string | undefined;
  /** More cookies to set with the answer (the editor's name). */
  cookies: string[];
  editor: string | null;
  csrfToken: string;
  wantsJson: boolean;
}

export function send(r: Request, status: number, body: string, type: string, headers: Record<string, string> = {}): void {
  const all: Record<string, string | string[]> = { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...headers };
  const cookies = [...(r.sessionCookie ? [r.sessionCookie] : []), ...r.cookies];
  if (cookies.length > 0) all['Set-Cookie'] = cookies;
  r.res.writeHead(status, all);
  r.res.end(r.req.method === 'HEAD' ? undefined : body);
}

export function sendHtml(r: Request, status: number, page: string): void {
  send(r, status, page, 'text/html; charset=utf-8');
}

export function sendJson(r: Request, status: number, value: unknown): void {
  send(r, status, `${JSON.stringify(value)}\n`, 'application/json; charset=utf-8');
}

export function redirect(r: Request, location: string): void {
  send(r, 303, '', 'text/plain; charset=utf-8', { Location: location });
}

export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') throw new HttpError(415, 'expected a form (application/x-www-form-urlencoded)');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, 'request too large');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function text(value: string | null | undefined, max = 500): string {
  return (value ?? '').trim().slice(0, max);
}
