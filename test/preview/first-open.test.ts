import { strict as assert } from 'assert';
import Module from 'module';
import * as path from 'path';
import { generate } from '../../bench/generate';
import { check } from '../../server/src/core';
import type { FromWebview, ToWebview } from '../../client/src/preview/messages';

// The parts of `vscode` a preview panel calls, outside an editor: one open document, its panel and webview.
type Listener<T> = (e: T) => void;
class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (f: Listener<T>) => (this.listeners.push(f), { dispose: () => { this.listeners = this.listeners.filter((g) => g !== f); } });
  fire(e: T): void { for (const f of this.listeners) f(e); }
  dispose(): void { this.listeners = []; }
}
const uri = (p: string) => ({ scheme: 'untitled', fsPath: p, path: p, toString: () => `untitled:${p}` });
let document: { uri: ReturnType<typeof uri>; version: number; getText(): string } | undefined;
const vscode = {
  env: { language: 'en' },
  EventEmitter,
  Position: class {},
  Range: class {},
  Selection: class {},
  TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
  Uri: { joinPath: () => uri('/') },
  ViewColumn: { Active: -1, Beside: -2 },
  window: { visibleTextEditors: [], showErrorMessage: async () => undefined, activeTextEditor: undefined },
  workspace: {
    openTextDocument: async () => document!,
    onDidChangeTextDocument: () => ({ dispose() {} }),
    getConfiguration: () => ({ get: (_key: string, fallback?: unknown) => fallback }),
  },
};
const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const { BudgetPreview } = require('../../client/src/preview/preview') as typeof import('../../client/src/preview/preview');
loader._load = load;

/** A panel whose webview keeps what it was given: its page, the messages posted, and a way to answer as the page. */
function fakePanel() {
  const received = new EventEmitter<unknown>();
  const disposed = new EventEmitter<void>();
  const posted: ToWebview[] = [];
  const pages: string[] = [];
  const webview = {
    options: {},
    set html(value: string) { pages.push(value); },
    postMessage: async (m: ToWebview) => (posted.push(m), true),
    onDidReceiveMessage: received.event,
  };
  const panel = {
    webview, title: '', visible: true,
    onDidDispose: disposed.event,
    onDidChangeViewState: () => ({ dispose() {} }),
    dispose: () => disposed.fire(),
  };
  return { panel, posted, pages, say: (m: FromWebview) => received.fire(m) };
}

/** Lets the event loop run `turns` timers (the preview's work runs on timers and after awaits). */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('a long document\'s first preview (client/src/preview/preview.ts)', () => {
  it('checks under every rule only once the webview says its page is there, then patches in the problems', async function () {
    this.timeout(60_000);
    // Long enough for the page first (PAGE_FIRST_CHARS); one figure wrong, which only sum-mismatch finds.
    const text = generate(900).replace('budget: 146.78\n', 'budget: 246.78\n');
    assert.deepEqual(check(text).findings.map((f) => f.rule), ['sum-mismatch']);
    document = { uri: uri('/long.budget.yaml'), version: 1, getText: () => text };
    const { panel, posted, pages, say } = fakePanel();
    const preview = new BudgetPreview(panel as never, document.uri as never, uri(path.resolve(__dirname, '../..')) as never);
    try {
      await turns(20);
      assert.equal(pages.length, 1, 'the page is set');
      assert.ok(pages[0]!.includes('科技创新1'));
      assert.ok(!pages[0]!.includes('1 problem in this document'));
      // Nothing of the full check before the page says it is there: the extension host sends the page only on its later turns.
      assert.deepEqual(preview.state()!.result.findings.map((f) => f.rule), []);
      assert.equal(posted.length, 0, 'nothing posted');

      say({ type: 'ready' });
      await turns(20);
      assert.deepEqual(preview.state()!.result.findings.map((f) => f.rule), ['sum-mismatch']);
      const problems = posted.filter((m) => m.type === 'patch' && JSON.stringify(m).includes('1 problem in this document'));
      assert.equal(problems.length, 1, `posted: ${posted.map((m) => m.type).join(', ')}`);
      assert.equal(pages.length, 1, 'patched, not rebuilt');
    } finally {
      preview.dispose();
    }
  });
});
