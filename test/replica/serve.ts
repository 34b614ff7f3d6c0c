/**
 * The replica web as a standalone process, for measuring the real CLI against it (and for
 * trying sourcewatch by hand):
 *
 *   npx tsx test/replica/serve.ts [--port 8899] [--day 1]
 *   sourcewatch run --proxy http://127.0.0.1:8899 --insecure
 *   curl -x http://127.0.0.1:8899 http://replica.control/day/2     # switch to day 2
 */
import { startReplica } from '../../src/demo/server.js';
import { sites } from '../../src/demo/sites/index.js';
import { controlSite } from './control.js';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

let setDay: (day: number) => void = () => undefined;
const control = controlSite((day) => setDay(day));

const replica = await startReplica({ sites: [...sites, control], day: Number(argument('day', '1')), port: Number(argument('port', '0')) });
setDay = (day) => replica.setDay(day);
process.stdout.write(`${replica.proxyUrl}\n`);
const stop = (): void => void replica.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
