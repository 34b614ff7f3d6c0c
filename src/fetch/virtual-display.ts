/**
 * A virtual X display (Debian's Xvfb) for running Chromium headful on a machine without a
 * screen: some bot walls catch headless browsers however well their fingerprint is dressed.
 * Xvfb picks a free display number itself (`-displayfd`), so parallel runs never collide.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface VirtualDisplay {
  /** The value for DISPLAY, e.g. ":99". */
  display: string;
  stop(): Promise<void>;
}

export const XVFB_PATH = '/usr/bin/Xvfb';

export async function startVirtualDisplay(options: { xvfbPath?: string; screen?: string; timeoutMs?: number } = {}): Promise<VirtualDisplay> {
  const xvfb = options.xvfbPath ?? XVFB_PATH;
  const child: ChildProcess = spawn(xvfb, ['-displayfd', '3', '-screen', '0', options.screen ?? '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const number = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Xvfb did not report a display within ${(options.timeoutMs ?? 10_000) / 1000} s`)), options.timeoutMs ?? 10_000);
    const fail = (error: Error): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    child.once('error', (error) =>
      fail(new Error(`cannot start ${xvfb} (${error.message}): install it with \`apt-get install xvfb\` for browser.headful`)),
    );
    const onEarlyExit = (code: number | null): void =>
      fail(new Error(`Xvfb exited (${code ?? 'signal'}) before it was ready: ${stderr.trim().split('\n').pop() ?? ''}`));
    child.once('exit', onEarlyExit);
    (child.stdio[3] as Readable).on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        child.off('exit', onEarlyExit);
        resolve(text.trim());
      }
    });
  });

  return {
    display: `:${number}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(killer);
    },
  };
}
