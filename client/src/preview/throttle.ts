/** What a throttle reads the time from and sets its timer on: the system's, or a test's. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Runs a task at most once per `ms`: asked after a pause, at once (on a timer of 0); asked while a run is planned,
 * that run does it; asked sooner after a run, when `ms` have passed since that run began. The task reads what is
 * newest when it runs, so a burst of requests is served by one run a slot, each for the latest of them, and never
 * for a version a later one has replaced.
 */
export class Throttle {
  private timer: unknown;
  private ranAt = -Infinity;

  constructor(private readonly ms: number, private readonly task: () => void, private readonly clock: Clock = SYSTEM_CLOCK) {}

  request(): void {
    if (this.timer !== undefined) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.ranAt = this.clock.now();
      this.task();
    }, Math.max(0, this.ranAt + this.ms - this.clock.now()));
  }

  dispose(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
