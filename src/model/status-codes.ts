/**
 * HTTP's reason phrases ("Not Found"), as node:http knows them. Read through `require`: an ES
 * module import of node:http builds its ESM facade, which on Node 22 and 24 reads every export,
 * http's lazy WebSocket and EventSource among them, and so loads Node's own bundled copy of
 * undici — 37 ms against 3 ms here on Node 24, paid by every `digest` and `status`.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const STATUS_CODES: Readonly<Record<number, string | undefined>> = (require('node:http') as typeof import('node:http')).STATUS_CODES;
