import { strict as assert } from 'assert';
import { Throttle, type Clock } from '../../client/src/preview/throttle';

/** A clock whose time moves only when told, running each timer due meanwhile at its own time. */
class TestClock implements Clock {
  private time = 0;
  private timers: { at: number; run: () => void; id: number }[] = [];
  private ids = 0;

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): unknown {
    const id = ++this.ids;
    this.timers.push({ at: this.time + ms, run, id });
    return id;
  }

  clearTimeout(timer: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== timer);
  }

  /** Moves to `to`, running the timers due by then in order. */
  until(to: number): void {
    for (;;) {
      const due = this.timers.filter((t) => t.at <= to).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = due.at;
      due.run();
    }
    this.time = to;
  }

  get planned(): number {
    return this.timers.length;
  }
}

describe('the preview\'s renders while typing (client/src/preview/throttle.ts)', () => {
  /** Keys typed at these times, each a new version of the document; what each render read, and when it ran. */
  function typed(times: readonly number[], ms = 100): { at: number; version: number }[] {
    const clock = new TestClock();
    let version = 0;
    const runs: { at: number; version: number }[] = [];
    const throttle = new Throttle(ms, () => runs.push({ at: clock.now(), version }), clock);
    for (const at of times) {
      clock.until(at);
      version++;
      throttle.request();
    }
    clock.until(10_000);
    return runs;
  }

  it('renders a key typed after a pause at once', () => {
    assert.deepEqual(typed([0, 500, 1200]), [{ at: 0, version: 1 }, { at: 500, version: 2 }, { at: 1200, version: 3 }]);
  });

  it('renders a burst of 8 keys 80 ms apart once a slot of 100 ms, each time the newest version, never one a later key replaced', () => {
    assert.deepEqual(typed([0, 80, 160, 240, 320, 400, 480, 560]), [
      { at: 0, version: 1 }, { at: 100, version: 2 }, { at: 200, version: 3 }, { at: 300, version: 4 },
      { at: 400, version: 5 }, { at: 500, version: 7 }, { at: 600, version: 8 },
    ]);
  });

  it('renders keys faster than the slots once a slot, the last key with the slot after it', () => {
    assert.deepEqual(typed([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95]), [{ at: 0, version: 1 }, { at: 100, version: 11 }]);
  });

  it('renders nothing once disposed', () => {
    const clock = new TestClock();
    let runs = 0;
    const throttle = new Throttle(100, () => runs++, clock);
    throttle.request();
    clock.until(0);
    throttle.request();
    assert.equal(clock.planned, 1);
    throttle.dispose();
    assert.equal(clock.planned, 0);
    clock.until(1000);
    assert.equal(runs, 1);
  });
});
