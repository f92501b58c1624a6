import { strict as assert } from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection } from 'vscode-languageserver/node';
import { generate } from '../../bench/generate';
import { check } from '../../server/src/core/check/check';
import { canRecheck, rehearse } from '../../server/src/core/check/incremental';
import { DEFAULT_SETTINGS, type Settings } from '../../server/src/core/config/settings';
import { Workspace, type Analysis, type WorkspaceOptions } from '../../server/src/lsp/workspace';
import { property } from '../properties';

/** The debounce of these tests: long enough that a debounced run cannot be mistaken for an immediate one. */
const DELAY = 1200;
/**
 * What counts as a fast last check here. The server's 50 ms is about what an edit re-read alone takes on an idle
 * machine; on a loaded one (CI, or a few test runs at once on two cores) it took more, and the edit was debounced.
 * These tests are about which results decide the debounce, not about speed: a result that cannot be re-read in
 * part still costs Infinity.
 */
const FAST_CHECK = 400;

type Handler = (event: unknown) => void;

/**
 * A workspace fed document notifications in-process, each published analysis handed to the waiting test;
 * `sent` stands for the connection's write of the diagnostics (settled at once by default).
 */
function harness(hooks: { sent?: () => Promise<void>; canRecheck?: WorkspaceOptions['canRecheck']; settingsFor?: WorkspaceOptions['settingsFor']; settled?: WorkspaceOptions['settled']; rehearse?: WorkspaceOptions['rehearse']; log?: WorkspaceOptions['log']; cpuTime?: WorkspaceOptions['cpuTime'] } = {}) {
  const handlers = new Map<string, Handler>();
  const on = (name: string) => (h: Handler) => {
    handlers.set(name, h);
    return { dispose() {} };
  };
  const connection = {
    onDidOpenTextDocument: on('open'),
    onDidChangeTextDocument: on('change'),
    onDidCloseTextDocument: on('close'),
    onWillSaveTextDocument: on('willSave'),
    onWillSaveTextDocumentWaitUntil: on('willSaveWaitUntil'),
    onDidSaveTextDocument: on('save'),
  } as unknown as Connection;
  const waiting: ((a: Analysis) => void)[] = [];
  const workspace = new Workspace({
    settingsFor: hooks.settingsFor ?? (async () => DEFAULT_SETTINGS),
    clientLocale: () => 'en',
    publish: (a) => {
      waiting.shift()?.(a);
      return hooks.sent?.();
    },
    onClose: () => {},
    log: hooks.log ?? ((m) => assert.fail(m)),
    delay: DELAY,
    fastCheck: FAST_CHECK,
    canRecheck: hooks.canRecheck,
    settled: hooks.settled,
    rehearse: hooks.rehearse,
    cpuTime: hooks.cpuTime,
  });
  workspace.listen(connection);
  const uri = 'file:///w/city.budget.yaml';
  let version = 1;
  let text = '';
  const published = () => new Promise<{ analysis: Analysis; ms: number }>((resolve) => {
    const started = performance.now();
    waiting.push((analysis) => resolve({ analysis, ms: performance.now() - started }));
  });
  return {
    open(t: string) {
      text = t;
      const next = published();
      handlers.get('open')!({ textDocument: { uri, languageId: 'budget-yaml', version, text } });
      return next;
    },
    /** Types `insert` right after the first `marker` found past a fraction of the text. */
    type(marker: string, from: number, insert: string) {
      const at = text.indexOf(marker, Math.floor(text.length * from)) + marker.length;
      const before = text.slice(0, at);
      const line = before.split('\n').length - 1;
      const character = at - before.lastIndexOf('\n') - 1;
      text = before + insert + text.slice(at);
      const next = published();
      handlers.get('change')!({ textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: insert }] });
      return next;
    },
    /** Sends one change as a client may: its range possibly past the end, reversed, or inside a CRLF. */
    change(range: { start: { line: number; character: number }; end: { line: number; character: number } }, insert: string) {
      handlers.get('change')!({ textDocument: { uri, version: ++version }, contentChanges: [{ range, text: insert }] });
    },
    close() {
      handlers.get('close')!({ textDocument: { uri } });
    },
    workspace,
    get document() {
      return workspace.documents.get(uri)!;
    },
    get text() {
      return text;
    },
  };
}

describe('workspace documents', () => {
  property('follow changes whose ranges run past the end, are reversed or split a CRLF, as a fresh document of the text would', () => {
    const position = fc.record({ line: fc.nat({ max: 8 }), character: fc.nat({ max: 6 }) });
    const insert = fc.constantFrom('', 'x', '\n', '\r', '\r\n', '\n\r', '\r\r', 'a\rb\n', '的\n');
    fc.assert(fc.property(fc.constantFrom('', 'a\nb\n', 'x: 1\r\ny: 2\r\n', 'a\rb\r\nc\n'), fc.array(fc.tuple(position, position, insert), { minLength: 1, maxLength: 10 }), (base, changes) => {
      const w = harness();
      void w.open(base);
      let text = base;
      for (const [start, end, inserted] of changes) {
        // What the change means (LSP: a position past the end is the end), read on a fresh document of the text.
        const before = TextDocument.create('file:///x', 'x', 0, text);
        const [a, b] = [before.offsetAt(start), before.offsetAt(end)].sort((p, q) => p - q) as [number, number];
        text = text.slice(0, a) + inserted + text.slice(b);
        w.change({ start, end }, inserted);
        const fresh = TextDocument.create('file:///x', 'x', 0, text);
        assert.equal(w.document.getText(), text);
        assert.equal(w.document.lineCount, fresh.lineCount, JSON.stringify(text));
        for (let line = 0; line < fresh.lineCount; line++) assert.equal(w.document.offsetAt({ line, character: 0 }), fresh.offsetAt({ line, character: 0 }));
      }
      w.close();
    }), { numRuns: 3000, seed: 27 });
  });
});

describe('workspace scheduling', function () {
  this.timeout(3 * DELAY);

  it('checks the first edit after the open at once, and the ones after it, when an activity is re-read alone', async () => {
    const w = harness();
    await w.open(generate(30));
    for (const [marker, from] of [['content: ', 0.5], ['goal: ', 0.3], ['name: ', 0.7]] as const) {
      const { analysis, ms } = await w.type(marker, from, '的');
      assert.ok(ms < DELAY, `${marker} was debounced (${ms.toFixed(0)} ms)`);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(analysis.result.findings)), JSON.parse(JSON.stringify(check(w.text).findings)));
    }
  });

  it('works out whether an edit can be re-read in part once the diagnostics of the open are sent, not before', async () => {
    const order: string[] = [];
    let send = () => {};
    const turns = () => new Promise((resolve) => setTimeout(resolve, 20));
    const w = harness({
      sent: () => new Promise<void>((resolve) => {
        order.push('publish');
        send = () => {
          order.push('sent');
          resolve();
        };
      }),
      canRecheck: (result, options) => {
        order.push('state');
        return canRecheck(result, options);
      },
      rehearse: function* (result, options) {
        order.push('rehearse');
        yield* rehearse(result, options);
      },
      // The server collects the garbage here (that of the state too), before the rehearsal starts.
      settled: () => order.push('settled'),
    });
    await w.open(generate(5));
    await turns();
    assert.deepStrictEqual(order, ['publish']);
    send();
    while (!order.includes('rehearse')) await turns();
    assert.deepStrictEqual(order, ['publish', 'sent', 'state', 'settled', 'rehearse']);
    const { ms } = await w.type('content: ', 0.5, '的');
    assert.ok(ms < DELAY, `debounced (${ms.toFixed(0)} ms)`);
  });

  it('works it out at the first edit when that comes before the diagnostics are sent, and only then', async () => {
    const order: unknown[] = [];
    const sends: (() => void)[] = [];
    const w = harness({
      sent: () => new Promise<void>((resolve) => sends.push(resolve)),
      canRecheck: (result, options) => {
        order.push(result);
        return canRecheck(result, options);
      },
    });
    const opened = await w.open(generate(5));
    const edited = await w.type('content: ', 0.5, '的');
    assert.ok(edited.ms < DELAY, `debounced (${edited.ms.toFixed(0)} ms)`);
    // The open's result when the edit came, then the edit's own (an edit's cost is known at once).
    assert.deepStrictEqual(order, [opened.analysis.result, edited.analysis.result]);
    for (const send of sends) send();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(order.length, 2);
  });

  it('checks under the newest settings when they change while the old ones are being asked for', async () => {
    const old: Settings = { ...DEFAULT_SETTINGS, locale: 'en' };
    const newer: Settings = { ...DEFAULT_SETTINGS, locale: 'zh-CN', rules: { 'missing-kpi': 'off' } };
    const answers: ((s: Settings) => void)[] = [];
    const published: Settings[] = [];
    const w = harness({ settingsFor: () => new Promise<Settings>((resolve) => answers.push(resolve)) });
    const opened = w.open(generate(3));
    void opened.then((p) => published.push(p.analysis.settings));
    await new Promise((resolve) => setTimeout(resolve, 10));
    w.workspace.settingsChanged();
    await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(answers.length, 2);
    answers[1]!(newer);
    answers[0]!(old);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepStrictEqual(published, [newer]);
    assert.strictEqual(w.workspace.analysisOf(w.document.uri)?.settings, newer);
    assert.strictEqual((await w.type('content: ', 0.5, '的')).analysis.settings, newer);
  });

  it('counts a check slow only when its CPU time and its wall time both say so', async () => {
    // The clock is read as the check starts and ends; `cpuTime` stands for the process's CPU time, and its first
    // read can wait past the threshold (the wall clock runs, no CPU time is taken), as when the cores are busy
    // elsewhere, or add CPU time that the wall clock does not see, as V8's threads beside the check do.
    const block = new Int32Array(new SharedArrayBuffer(4));
    const harnessWith = (cost: { wall: boolean; cpu: boolean }) => {
      let measuring = false;
      let cpu = 0;
      const w = harness({
        cpuTime: () => {
          if (!measuring) return cpu;
          measuring = false;
          if (cost.wall) Atomics.wait(block, 0, 0, FAST_CHECK + 10);
          const before = cpu;
          if (cost.cpu) cpu += FAST_CHECK + 10;
          return before;
        },
      });
      return { w, measure: () => { measuring = true; } };
    };
    const cases = [
      { wall: true, cpu: false, debounced: false },
      { wall: false, cpu: true, debounced: false },
      { wall: true, cpu: true, debounced: true },
    ];
    for (const { wall, cpu, debounced } of cases) {
      const what = `a check slow by the ${[wall && 'wall clock', cpu && 'CPU time'].filter(Boolean).join(' and the ')}`;
      const { w, measure } = harnessWith({ wall, cpu });
      await w.open(generate(30));
      measure();
      const first = await w.type('content: ', 0.5, '的');
      assert.strictEqual(first.analysis.ms > FAST_CHECK, wall, `${what}: ${first.analysis.ms} ms of wall time`);
      assert.strictEqual(first.analysis.cpuMs > FAST_CHECK, cpu, `${what}: ${first.analysis.cpuMs} ms of CPU time`);
      const { ms } = await w.type('content: ', 0.6, '的');
      if (debounced) assert.ok(ms >= DELAY - 5, `${what}: the next edit checked after ${ms.toFixed(0)} ms, before the debounce`);
      else assert.ok(ms < DELAY / 2, `${what}: the next edit debounced (${ms.toFixed(0)} ms)`);
    }
  });

  it('keeps the debounce when the document cannot be re-read in part (a schema error in an activity)', async () => {
    const w = harness();
    const text = generate(30);
    const first = text.indexOf('\n', text.indexOf('  activities:\n    - name: ') + '  activities:\n'.length) + 1;
    const broken = `${text.slice(0, first)}      bogus: 1\n${text.slice(first)}`;
    const opened = await w.open(broken);
    assert.deepStrictEqual(opened.analysis.result.findings.map((f) => `${f.rule} ${f.path}`), ['schema performance.activities[0].bogus']);
    const { analysis, ms } = await w.type('content: ', 0.5, '的');
    assert.ok(ms >= DELAY - 5, `checked after ${ms.toFixed(0)} ms, before the debounce`);
    assert.deepStrictEqual(analysis.result.findings.map((f) => `${f.rule} ${f.path}`), ['schema performance.activities[0].bogus']);
  });

  it('checks at once while a section has a schema error: an edit in an activity is re-read alone', async () => {
    const w = harness();
    const broken = generate(30).replace('budget: 1\n', 'budget: 1\nbogus: 1\n');
    const opened = await w.open(broken);
    assert.deepStrictEqual(opened.analysis.result.findings.map((f) => `${f.rule} ${f.path}`), ['schema bogus']);
    const { analysis, ms } = await w.type('content: ', 0.5, '的');
    assert.ok(ms < DELAY / 2, `checked after ${ms.toFixed(0)} ms, as after the debounce`);
    assert.deepStrictEqual(analysis.result.findings.map((f) => `${f.rule} ${f.path}`), ['schema bogus']);
  });
});

describe('workspace rehearsal', function () {
  this.timeout(3 * DELAY);
  const turn = () => new Promise((resolve) => setImmediate(resolve));

  it('rehearses edits once the open is published, publishing nothing and changing no analysis', async () => {
    let steps = 0;
    let publishes = 0;
    let settled = 0;
    let done = false;
    const w = harness({
      sent: async () => {
        publishes++;
      },
      rehearse: function* (result, options) {
        for (const _ of rehearse(result, options)) {
          steps++;
          yield;
        }
        done = true;
      },
      settled: () => settled++,
    });
    const text = generate(30);
    const opened = w.open(text);
    // The document's line offsets are worked out once its state is built, not at the first edit (the document asked
    // for a position once): spied on from the open on, which makes the document.
    await Promise.resolve();
    let positions = 0;
    const positionAt = w.document.positionAt.bind(w.document);
    w.document.positionAt = (offset) => {
      positions++;
      return positionAt(offset);
    };
    await opened;
    while (!done) await turn();
    assert.strictEqual(positions, 1);
    assert.strictEqual(steps, 8);
    assert.strictEqual(publishes, 1);
    assert.strictEqual(settled, 1);
    // The open's analysis, untouched: the same object, its findings a full check's.
    const open = (await opened).analysis;
    assert.strictEqual(w.workspace.analysisOf(w.document.uri), open);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(open.result.findings)), JSON.parse(JSON.stringify(check(text).findings)));
    // The next edit is checked at once, re-read alone, and its diagnostics are a full check's.
    const { analysis, ms } = await w.type('content: ', 0.5, '的');
    assert.ok(ms < DELAY, `debounced (${ms.toFixed(0)} ms)`);
    assert.strictEqual(analysis.result.model.activities[0], open.result.model.activities[0], 'took the full check');
    assert.deepStrictEqual(JSON.parse(JSON.stringify(analysis.result.findings)), JSON.parse(JSON.stringify(check(w.text).findings)));
    assert.strictEqual(publishes, 2);
  });

  it('stops at the first edit: the edit waits for one step at most, and none runs after it', async () => {
    let steps = 0;
    let settled = 0;
    const w = harness({
      rehearse: function* () {
        for (;;) {
          steps++;
          yield;
        }
      },
      settled: () => settled++,
    });
    await w.open(generate(5));
    while (steps < 3) await turn();
    const edited = w.type('content: ', 0.5, '的');
    const at = steps;
    const { ms } = await edited;
    assert.ok(ms < DELAY, `debounced (${ms.toFixed(0)} ms)`);
    assert.ok(steps <= at + 1, `${steps - at} steps after the edit came`);
    const after = steps;
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.strictEqual(steps, after);
    assert.strictEqual(settled, 2, 'once for the open, once for the edit');
  });

  it('stops when the document closes, and logs a failing step without a crash', async () => {
    const logged: string[] = [];
    let steps = 0;
    const w = harness({
      rehearse: function* () {
        steps++;
        yield;
        throw new Error('a step failed');
      },
      log: (m) => logged.push(m),
    });
    await w.open(generate(5));
    while (logged.length === 0) await turn();
    assert.strictEqual(steps, 1);
    assert.match(logged[0]!, /^budget: rehearsing edits of file:\/\/\/w\/city\.budget\.yaml failed: Error: a step failed/);
    const v = harness({ rehearse: function* () { for (;;) { steps++; yield; } } });
    steps = 0;
    await v.open(generate(5));
    while (steps < 2) await turn();
    v.close();
    const closed = steps;
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.ok(steps <= closed + 1, `${steps - closed} steps after the close`);
  });

  it('rehearses nothing after a check whose edits are checked in full (a schema error in an activity), nor after an edit', async () => {
    let calls = 0;
    const w = harness({
      rehearse: function* (result, options) {
        calls++;
        yield* rehearse(result, options);
      },
    });
    const text = generate(30);
    const first = text.indexOf('\n', text.indexOf('  activities:\n    - name: ') + '  activities:\n'.length) + 1;
    await w.open(`${text.slice(0, first)}      bogus: 1\n${text.slice(first)}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.strictEqual(calls, 0);
    const v = harness({
      rehearse: function* (result, options) {
        calls++;
        yield* rehearse(result, options);
      },
    });
    await v.open(generate(5));
    while (calls === 0) await turn();
    await v.type('content: ', 0.5, '的');
    await v.type('goal: ', 0.5, '的');
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.strictEqual(calls, 1);
  });
});
