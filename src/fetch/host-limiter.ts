/**
 * Politeness per host: at most N requests at once to one host, and a minimum spacing between
 * the starts of requests to it. Crawlee's sameDomainDelaySecs does nothing for IP addresses;
 * this works the same for every host name, so tests on 127.0.0.x see the real behaviour.
 */

export interface HostLimits {
  concurrency: number;
  delayMs: number;
}

interface HostQueue {
  active: number;
  nextStart: number;
  waiting: Array<() => void>;
  timer: NodeJS.Timeout | undefined;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostQueue>();

  constructor(
    private readonly defaults: HostLimits,
    private readonly overrides: (host: string) => Partial<HostLimits> | undefined = () => undefined,
    private readonly now: () => number = Date.now,
  ) {}

  private limitsFor(host: string): HostLimits {
    return { ...this.defaults, ...this.overrides(host) };
  }

  /** Run `task` when the host allows it. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  /** Push the next start for a host back, e.g. after a Retry-After. */
  defer(host: string, untilMs: number): void {
    const queue = this.queue(host);
    queue.nextStart = Math.max(queue.nextStart, untilMs);
  }

  private queue(host: string): HostQueue {
    let queue = this.hosts.get(host);
    if (!queue) {
      queue = { active: 0, nextStart: 0, waiting: [], timer: undefined };
      this.hosts.set(host, queue);
    }
    return queue;
  }

  private acquire(host: string): Promise<void> {
    const queue = this.queue(host);
    return new Promise((resolve) => {
      queue.waiting.push(resolve);
      this.pump(host);
    });
  }

  private release(host: string): void {
    const queue = this.queue(host);
    queue.active -= 1;
    this.pump(host);
  }

  private pump(host: string): void {
    const queue = this.queue(host);
    const limits = this.limitsFor(host);
    while (queue.waiting.length > 0 && queue.active < limits.concurrency) {
      const wait = queue.nextStart - this.now();
      if (wait > 0) {
        if (!queue.timer) {
          queue.timer = setTimeout(() => {
            queue.timer = undefined;
            this.pump(host);
          }, wait);
        }
        return;
      }
      const next = queue.waiting.shift()!;
      queue.active += 1;
      queue.nextStart = this.now() + limits.delayMs;
      next();
    }
  }
}
