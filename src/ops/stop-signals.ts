/**
 * The scheduler's stop signals: the first SIGINT/SIGTERM/SIGHUP asks it to stop (finish the
 * running job), a second one abandons that job now. The browser leaves these signals to us
 * (its launches turn playwright's own handlers off; test/fetch/browser-signals.test.ts).
 */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const satisfies readonly NodeJS.Signals[];

export interface StopSignals {
  /** The first signal received. */
  received: Promise<NodeJS.Signals>;
  /** Give the signals back their default effect (ending the process). */
  release(): void;
}

export function listenForStop(onAgain: (signal: NodeJS.Signals) => void, target: Pick<NodeJS.Process, 'on' | 'off'> = process): StopSignals {
  let first: (signal: NodeJS.Signals) => void = () => undefined;
  const received = new Promise<NodeJS.Signals>((resolve) => {
    first = (signal) => {
      for (const name of STOP_SIGNALS) target.off(name, first);
      for (const name of STOP_SIGNALS) target.on(name, onAgain);
      resolve(signal);
    };
  });
  for (const name of STOP_SIGNALS) target.on(name, first);
  return {
    received,
    release() {
      for (const name of STOP_SIGNALS) {
        target.off(name, first);
        target.off(name, onAgain);
      }
    },
  };
}
