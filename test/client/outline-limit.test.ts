import { strict as assert } from 'assert';
import Module from 'module';
import type { OutlineLimited } from '../../server/src/lsp/outline-limit';

// The parts of `vscode` the status calls, outside an editor: the active editor, its events, the language status.
type Item = { id: string; disposed: boolean; name?: string; text?: string; detail?: string; severity?: number; command?: unknown };
const items: Item[] = [];
const listeners: { active?: () => void; closed?: (d: { uri: { toString(): string } }) => void } = {};
let active: string | undefined;
let language = 'en';
const vscode = {
  env: { get language() { return language; } },
  LanguageStatusSeverity: { Information: 0, Warning: 1, Error: 2 },
  Uri: { parse: (s: string) => ({ scheme: s.slice(0, s.indexOf(':')), toString: () => s }) },
  workspace: {
    getConfiguration: () => ({ get: () => ({}) }),
    onDidCloseTextDocument: (f: typeof listeners.closed) => ((listeners.closed = f), { dispose() {} }),
  },
  window: {
    get activeTextEditor() { return active === undefined ? undefined : { document: { uri: { toString: () => active } } }; },
    onDidChangeActiveTextEditor: (f: () => void) => ((listeners.active = f), { dispose() {} }),
  },
  languages: {
    createLanguageStatusItem: (id: string) => {
      const item: Item & { dispose(): void } = { id, disposed: false, dispose() { this.disposed = true; } };
      items.push(item);
      return item;
    },
  },
};
const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const { OutlineLimitStatus } = require('../../client/src/outlineLimit') as typeof import('../../client/src/outlineLimit');
loader._load = load;

const A = 'untitled:a.budget.yaml';
const B = 'untitled:b.budget.yaml';
const shown = () => items.filter((i) => !i.disposed).map(({ id, name, text, detail, severity, command }) => ({ id, name, text, detail, severity, command }));

describe('OutlineLimitStatus', () => {
  beforeEach(() => {
    items.length = 0;
    active = A;
    language = 'en';
  });

  it('shows how many items the outline of the active document lists, with the setting, while it is limited', () => {
    const status = new OutlineLimitStatus([]);
    const limited: OutlineLimited = { uri: A, shown: 5000, total: 8009 };
    status.told(limited);
    assert.deepEqual(shown(), [{
      id: 'budget.outlineLimit', name: 'Budget Outline', text: 'Outline', detail: 'only 5,000 of 8,009 items shown, for speed', severity: 1,
      command: { title: 'Configure', command: 'workbench.action.openSettings', arguments: ['budget.outline.maxItems'] },
    }]);
    // All of it sent again: the item goes.
    status.told({ uri: A, shown: 8009, total: 8009 });
    assert.deepEqual(shown(), []);
    status.dispose();
  });

  it('follows the active editor and forgets a closed document', () => {
    const status = new OutlineLimitStatus([]);
    status.told({ uri: B, shown: 10, total: 13 });
    assert.deepEqual(shown(), [], 'another document is active');
    active = B;
    listeners.active!();
    assert.equal(shown().length, 1);
    listeners.closed!({ uri: { toString: () => B } });
    assert.deepEqual(shown(), []);
    listeners.active!();
    assert.deepEqual(shown(), [], 'the closed document is not limited any more');
    status.dispose();
  });

  it('speaks Chinese when the editor does', () => {
    language = 'zh-cn';
    const status = new OutlineLimitStatus([]);
    status.told({ uri: A, shown: 5000, total: 8009 });
    assert.deepEqual(shown().map((i) => [i.name, i.text, i.detail, (i.command as { title: string }).title]), [['预算文件大纲', '大纲', '只列出前 5000 项（共 8009 项），以免拖慢编辑', '设置']]);
    status.dispose();
    assert.deepEqual(shown(), []);
  });
});
