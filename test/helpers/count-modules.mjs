// `node --import ./test/helpers/count-modules.mjs …`: on exit, prints to stderr one line per
// module file the process loaded (ESM through a loader hook, CommonJS through Module._load),
// then "loaded N files" and whether Node's bundled undici loaded. Used to keep the CLI's start-up small (test/cli/startup.test.ts).
import Module, { register } from 'node:module';
import { writeSync } from 'node:fs';

const files = new Set();
const channel = new MessageChannel();
const hook = `
  let port;
  export async function initialize(data) { port = data.port; }
  export async function load(url, context, next) { if (url.startsWith('file:')) port.postMessage(url); return next(url, context); }
`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: { port: channel.port2 }, transferList: [channel.port2] });
channel.port1.on('message', (url) => files.add(url));
channel.port1.unref();
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    const resolved = Module._resolveFilename(request, parent, isMain);
    if (resolved.startsWith('/')) files.add(`file://${resolved}`);
  } catch {
    // Built-ins and unresolvable requests are not files.
  }
  return load.apply(this, arguments);
};
process.on('exit', () => {
  // Node's own bundled undici (behind fetch, WebSocket, and http's lazy exports on Node ≥ 22)
  // is no file of ours to count, but costs as much as one: say whether it loaded.
  const bundledUndici = process.moduleLoadList.some((name) => name === 'NativeModule internal/deps/undici/undici');
  writeSync(2, `${[...files].map((file) => `module ${file}\n`).join('')}loaded ${files.size} files\nbundled undici ${bundledUndici ? 'loaded' : 'not loaded'}\n`);
});
