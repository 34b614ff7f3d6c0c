/**
 * Politeness per host: at most N requests at once to one host, and a minimum spacing between
 * the starts of requests to it — counted from the later of the grant and the moment the request
 * was written (`written`), so the gap holds as the server sees it. Crawlee's sameDomainDelaySecs does nothing for IP addresses;
 * this works the same for every host name, so tests on 127.0.0.x see the real behaviour.
 *
 * Over all hosts, at most `maxActive` tasks run at once (sockets, memory). A host waiting out
 * its spacing holds none of those slots: a slot is taken only at the moment the host may
 * start, so distinct hosts never wait for each other's politeness — only for the global cap.
 */

/**
 * The key a URL's requests are limited under: host name and port (two ports are two servers),
 * lower-cased; an unparsable URL is its own key.
 */
export function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

export interface HostLimits {
  concurrency: number;
  delayMs: number;
}

interface Waiter {
  resolve: () => void;
  capped: boolean;
}

interface HostQueue {
  active: number;
  nextStart: number;
  waiting: Waiter[];
  timer: NodeJS.Timeout | undefined;
}

export interface HostLimiterOptions extends HostLimits {
  /** Tasks running at once over all hosts (default: no cap). */
  maxActive?: number;
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostQueue>();
  /** Hosts whose spacing allows a start but that found every global slot taken, oldest first. */
  private readonly readyHosts = new Set<string>();
  private active = 0;
  private readonly maxActive: number;

  constructor(
    private readonly defaults: HostLimiterOptions,
    private readonly overrides: (host: string) => Partial<HostLimits> | undefined = () => undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.maxActive = defaults.maxActive ?? Number.POSITIVE_INFINITY;
  }

  private limitsFor(host: string): HostLimits {
    return { concurrency: this.defaults.concurrency, delayMs: this.defaults.delayMs, ...this.overrides(host) };
  }

  /**
   * Run `task` when the host (and the global cap) allows it. `uncapped` work keeps the host's
   * limits but takes no global slot: a browser page load, capped by the browser's own pool,
   * must not sit on the slots plain requests need.
   */
  async run<T>(host: string, task: () => Promise<T>, options: { uncapped?: boolean } = {}): Promise<T> {
    const capped = !options.uncapped;
    await this.acquire(host, capped);
    try {
      return await task();
    } finally {
      this.release(host, capped);
    }
  }

  /** Push the next start for a host back, e.g. after a Retry-After. */
  defer(host: string, untilMs: number): void {
    const queue = this.queue(host);
    queue.nextStart = Math.max(queue.nextStart, untilMs);
  }

  /**
   * A request to this host left at `atMs` (its headers were written to the socket). The next
   * start waits the spacing from then, not from the grant: a connection still being opened,
   * or a busy event loop between the grant and the write, would otherwise shorten the gap the
   * server sees. Only a host with work running here is moved; another client's write to it is
   * not this limiter's business.
   */
  written(host: string, atMs: number): void {
    const queue = this.hosts.get(host);
    if (!queue || queue.active === 0) return;
    queue.nextStart = Math.max(queue.nextStart, atMs + this.limitsFor(host).delayMs);
  }

  /** Tasks running now over all hosts (for tests and progress). */
  get running(): number {
    return this.active;
  }

  private queue(host: string): HostQueue {
    let queue = this.hosts.get(host);
    if (!queue) {
      queue = { active: 0, nextStart: 0, waiting: [], timer: undefined };
      this.hosts.set(host, queue);
    }
    return queue;
  }

  private acquire(host: string, capped: boolean): Promise<void> {
    const queue = this.queue(host);
    return new Promise((resolve) => {
      queue.waiting.push({ resolve, capped });
      this.pump(host);
    });
  }

  private release(host: string, capped: boolean): void {
    const queue = this.queue(host);
    queue.active -= 1;
    if (capped) this.active -= 1;
    this.pump(host);
    // The freed global slot goes to the host that has waited longest for one.
    for (const ready of [...this.readyHosts]) {
      if (this.active >= this.maxActive) break;
      this.readyHosts.delete(ready);
      this.pump(ready);
    }
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
      if (queue.waiting[0]!.capped && this.active >= this.maxActive) {
        this.readyHosts.add(host);
        return;
      }
      const next = queue.waiting.shift()!;
      queue.active += 1;
      if (next.capped) this.active += 1;
      // Spacing counts from the real start, after any wait for a global slot.
      queue.nextStart = this.now() + limits.delayMs;
      next.resolve();
    }
  }
}
