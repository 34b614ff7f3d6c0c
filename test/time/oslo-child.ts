/** Run by oslo.test.ts in a child process under another TZ: prints every case's answer. */
import { answers } from './oslo-cases.js';

process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, answers: answers() }));
