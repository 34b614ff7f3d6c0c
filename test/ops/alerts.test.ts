/**
 * Alert outputs against local receivers: a webhook (HTTP server on 127.0.0.1) and SMTP
 * (smtp-server on 127.0.0.1, with authentication), plus the report file and the outbox that
 * retries a failed delivery on the next run.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { alertChannels, processAlerts } from '../../src/ops/alerts/index.js';
import { openDb, type Db } from '../../src/store/db.js';
import { saveSourceState, type SourceState } from '../../src/store/source-state.js';
import { testConfig, tempDir } from '../helpers/runtime.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: { subject: string; text: string; notices: Array<{ type: string; key: string }>; openCount: number };
}

let hookServer: http.Server;
let hookStatus = 200;
const posts: Received[] = [];
let smtp: SMTPServer;
const mails: Array<{ from: string; to: string[]; raw: string; user: string | undefined }> = [];
let hookUrl: string;
let smtpPort: number;

beforeAll(async () => {
  hookServer = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (hookStatus === 200) posts.push({ headers: req.headers, body: JSON.parse(body) as Received['body'] });
      res.writeHead(hookStatus).end(hookStatus === 200 ? 'ok' : 'unavailable');
    });
  });
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/hooks/sourcewatch`;

  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'sourcewatch' && auth.password === 's3cret') callback(null, { user: auth.username });
      else callback(new Error('bad credentials'));
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          user: session.user as string | undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => hookServer.close(() => resolve()));
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

function state(sourceId: string, consecutiveFailures: number): SourceState {
  return {
    sourceId,
    configHash: 'h',
    baselineAt: '2026-03-01T05:00:00Z',
    lastRunAt: '2026-03-10T05:00:00Z',
    lastOutcome: consecutiveFailures ? 'failed' : 'ok',
    lastDetail: consecutiveFailures ? 'HTTP 404 (https://www.fafo.no/liste)' : null,
    lastOkAt: '2026-03-01T05:00:00Z',
    consecutiveFailures,
    lastItemAt: null,
    lastItemCount: 5,
    hadDates: true,
  };
}

describe('alert outputs', () => {
  let db: Db;
  let dir: string;
  const config = () =>
    testConfig(
      [
        { id: 'fafo', name: 'Fafo', section: 'forskning', kind: 'feed', url: 'https://www.fafo.no/feed' },
        { id: 'heuni', name: 'HEUNI', section: 'forskning', kind: 'feed', url: 'https://heuni.fi/feed' },
      ],
      {
        alerts: {
          webhook: { url: hookUrl, headers: { authorization: 'Bearer hook-token' } },
          email: { host: '127.0.0.1', port: smtpPort, from: 'sourcewatch@kom.example', to: ['redaksjon@kom.example'], user: 'sourcewatch', passwordEnv: 'SW_SMTP' },
        },
      },
    );
  let day = 10;
  const evaluate = async (fafoFailures: number) => {
    saveSourceState(db, state('fafo', fafoFailures));
    saveSourceState(db, state('heuni', 0));
    const now = new Date(`2026-03-${day++}T05:00:00Z`);
    return processAlerts(db, config(), {
      storageDir: dir,
      channels: alertChannels(config(), { smtpPassword: 's3cret' }),
      log: silentLogger(),
      now: () => now,
    });
  };

  beforeAll(() => {
    dir = tempDir();
    db = openDb(dir);
  });
  afterAll(() => db.close());

  it('fail, fail, fail → one webhook POST and one e-mail; failing on → nothing more', async () => {
    expect((await evaluate(1)).notices).toEqual([]);
    expect((await evaluate(2)).notices).toEqual([]);
    const third = await evaluate(3);
    expect(third.notices.map((n) => n.type)).toEqual(['failing']);
    expect(third.deliveries.map((d) => [d.channel, d.ok])).toEqual([
      ['webhook', true],
      ['email', true],
    ]);
    await evaluate(4);
    await evaluate(5);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers.authorization).toBe('Bearer hook-token');
    expect(posts[0]!.headers['content-type']).toMatch(/application\/json/);
    expect(posts[0]!.body).toMatchObject({ subject: '1 source failing', openCount: 1, notices: [{ type: 'failing', key: 'source:fafo' }] });
    expect(posts[0]!.body.text).toMatch(/^sourcewatch: 1 source failing\n\nFAILING +fafo \(Fafo\): failed 3 runs in a row/);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ from: 'sourcewatch@kom.example', to: ['redaksjon@kom.example'], user: 'sourcewatch' });
    expect(mails[0]!.raw).toMatch(/^Subject: \[sourcewatch\] 1 source failing/m);
    // Quoted-printable wraps long lines with a soft break ("=\r\n").
    expect(mails[0]!.raw.replace(/=\r?\n/g, '')).toContain('FAILING    fafo (Fafo): failed 3 runs in a row');
  });

  it('recover → one notice on each channel; the report file shows history and what is open', async () => {
    const back = await evaluate(0);
    expect(back.notices.map((n) => n.type)).toEqual(['recovered']);
    await evaluate(0);
    expect(posts).toHaveLength(2);
    expect(posts[1]!.body.text).toMatch(/RECOVERED +fafo \(Fafo\): working again/);
    expect(mails).toHaveLength(2);
    const report = readFileSync(path.join(dir, 'alerts.md'), 'utf8');
    expect(report).toContain('## Open (0)');
    expect(report).toMatch(/RECOVERED fafo \(Fafo\)/);
    expect(report).toMatch(/FAILING fafo \(Fafo\)/);
  });

  it('a failed webhook delivery is kept and sent on the next run, once; e-mail is not sent twice', async () => {
    hookStatus = 503;
    await evaluate(1);
    await evaluate(2);
    const third = await evaluate(3);
    expect(third.deliveries.map((d) => [d.channel, d.ok])).toEqual([
      ['webhook', false],
      ['email', true],
    ]);
    expect(third.deliveries[0]!.error).toMatch(/HTTP 503/);
    expect(posts).toHaveLength(2);
    expect(mails).toHaveLength(3);
    const pending = db.prepare('SELECT channel, attempts FROM alert_outbox WHERE sent_at IS NULL AND given_up_at IS NULL').all();
    expect(pending).toEqual([{ channel: 'webhook', attempts: 1 }]);

    hookStatus = 200;
    const next = await evaluate(4);
    expect(next.notices).toEqual([]);
    expect(next.deliveries.map((d) => [d.channel, d.ok])).toEqual([['webhook', true]]);
    expect(posts).toHaveLength(3);
    expect(posts[2]!.body.subject).toBe('1 source failing');
    await evaluate(5);
    expect(posts).toHaveLength(3);
    expect(mails).toHaveLength(3);
  });

  it('gives up on a message that cannot be delivered within retryHours', async () => {
    hookStatus = 503;
    await evaluate(0); // recovered: queued, webhook fails
    const later = new Date('2026-04-20T05:00:00Z');
    const outcome = await processAlerts(db, config(), {
      storageDir: dir,
      channels: alertChannels(config(), { smtpPassword: 's3cret' }),
      log: silentLogger(),
      now: () => later,
    });
    expect(outcome.deliveries).toEqual([]);
    const row = db.prepare(`SELECT given_up_at, last_error FROM alert_outbox WHERE channel = 'webhook' ORDER BY id DESC LIMIT 1`).get() as { given_up_at: string; last_error: string };
    expect(row.given_up_at).toBe(later.toISOString());
    expect(row.last_error).toMatch(/503/);
    hookStatus = 200;
  });

  it('SMTP refuses a wrong password: the delivery fails, is logged, and retried later', async () => {
    const wrong = await (async () => {
      saveSourceState(db, state('fafo', 3));
      return processAlerts(db, config(), {
        storageDir: dir,
        channels: { email: alertChannels(config(), { smtpPassword: 'wrong' }).email! },
        log: silentLogger(),
        now: () => new Date('2026-04-21T05:00:00Z'),
      });
    })();
    expect(wrong.notices.map((n) => n.type)).toEqual(['failing']);
    expect(wrong.deliveries).toEqual([expect.objectContaining({ channel: 'email', ok: false, error: expect.stringMatching(/auth|credentials|535/i) })]);
  });
});
