import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

export interface IdleCollectorOptions {
  /** Quiet time after the last check before memory is given back, in ms. */
  readonly delay?: number;
  /** Only above this resident size (bytes) is a collection worth its pause. */
  readonly threshold?: number;
  /** The collection; by default V8's full collection, when the runtime allows it. */
  readonly collect?: () => void;
  readonly rss?: () => number;
}

/**
 * Gives memory back once the server has been quiet for a while after a
 * check. Opening a large document allocates several times what its analysis
 * keeps (the parser's events, the data before validation …); V8 returns that
 * to the system only after many seconds idle. A full collection one second
 * after the last check takes tens of milliseconds, at a time the user is
 * not typing, and the pages it frees are returned soon after.
 */
export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private readonly delay: number;
  private readonly threshold: number;
  private readonly collect: (() => void) | undefined;
  private readonly rss: () => number;

  constructor(options: IdleCollectorOptions = {}) {
    this.delay = options.delay ?? 1000;
    this.threshold = options.threshold ?? 200 * 1024 * 1024;
    this.collect = options.collect ?? fullGc();
    this.rss = options.rss ?? (() => process.memoryUsage.rss());
  }

  /** A check has just run: collect once nothing else has for `delay` ms (or the given time). */
  touch(delay = this.delay): void {
    if (!this.collect) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.rss() > this.threshold) this.collect!();
    }, delay);
    this.timer.unref();
  }
}

/** V8's `gc` (a full, compacting collection); undefined where the runtime does not offer it. */
function fullGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined;
  } catch {
    return undefined;
  }
}
