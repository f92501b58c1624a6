import { strict as assert } from 'assert';
import { constants, PerformanceObserver } from 'perf_hooks';
import { IdleCollector } from '../../server/src/lsp/memory';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('idle memory collection', () => {
  it('collects once, after the checks stop, when the server holds more than the threshold', async () => {
    let collected = 0;
    // Checks 20 ms apart against a quiet time of 250 ms: a loaded machine stretches a 20 ms wait, but not twelvefold
    // (against 60 ms, one run in several under load collected between two checks).
    const idle = new IdleCollector({ delay: 250, threshold: 100, rss: () => 200, collect: () => collected++ });
    for (let k = 0; k < 5; k++) {
      idle.touch();
      await wait(20);
    }
    assert.equal(collected, 0, 'collected while checks were still coming');
    await wait(400);
    assert.equal(collected, 1);
  });

  it('leaves a server under the threshold alone', async () => {
    let collected = 0;
    const idle = new IdleCollector({ delay: 10, threshold: 300, rss: () => 200, collect: () => collected++ });
    idle.touch();
    await wait(60);
    assert.equal(collected, 0);
  });

  it('runs V8\'s own full collection, when the runtime offers it', async () => {
    const majors: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if ((e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) majors.push(e.startTime);
    });
    observer.observe({ entryTypes: ['gc'] });
    try {
      const asked = performance.now();
      const idle = new IdleCollector({ delay: 10, threshold: 0 });
      idle.touch();
      await wait(200);
      assert.ok(majors.some((t) => t >= asked), `no major collection after ${asked} (${majors.join(', ')})`);
    } finally {
      observer.disconnect();
    }
  });
});
