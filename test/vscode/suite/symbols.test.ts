import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { budgetDiagnostics, closeAll, diagnosticsOf, exampleUri, open, scratch, screenshot, statusBarShows, waitFor, workspaceRoot } from './helpers';

describe('document symbols', () => {
  after(closeAll);

  it('outline the nine sections, with the activity tree under performance', async () => {
    await open(exampleUri());
    // The server started (this may be the first scenario to run).
    await diagnosticsOf(exampleUri());
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', exampleUri());
    assert.deepEqual(symbols.map((s) => s.detail), ['organization', 'overview', 'operatingExpenses', 'threePublicExpenses', 'performance', 'procurement', 'assets', 'glossary', 'notes']);
    const performance = symbols.find((s) => s.detail === 'performance')!;
    const social = performance.children.find((s) => s.name === '社会管理与服务');
    assert.ok(social, `no 社会管理与服务 among ${performance.children.map((s) => s.name).join(', ')}`);
    assert.deepEqual(social.children.map((s) => `${s.name} ${s.detail}`), ['社会组织管理 427.00', '社会事务管理 612.81']);
    assert.equal(social.selectionRange.start.line + 1, 505);
  });
});

describe('document symbols in budget.locale', () => {
  const config = () => vscode.workspace.getConfiguration('budget');

  /**
   * Opens `uri`, checks its Outline is in the window's language, lets `switchLocale` set the other one, and waits
   * until the diagnostics and then the Outline (without an edit) are in that language.
   */
  const outlineFollows = async (uri: vscode.Uri, switchLocale: (locale: 'en' | 'zh-CN') => Promise<void>, what: string): Promise<void> => {
    const zh = vscode.env.language.toLowerCase().startsWith('zh');
    await open(uri);
    const first = await diagnosticsOf(uri);
    const names = async () => (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri) ?? []).slice(0, 2).map((s) => s.name);
    const en = ['duties and organisation', 'budget overview'];
    const cn = ['部门主要职责及机构设置', '部门预算安排总体情况'];
    assert.deepEqual(await waitFor('the outline', async () => { const n = await names(); return n.length > 0 && n; }), zh ? cn : en);
    await switchLocale(zh ? 'en' : 'zh-CN');
    // The server has checked again under the new locale: the messages changed language.
    await waitFor(`diagnostics in ${what}`, () => budgetDiagnostics(uri)[0]?.message !== first[0]!.message, 15_000);
    assert.deepEqual(await waitFor(`the outline in ${what}`, async () => { const n = await names(); return n[0] === (zh ? en : cn)[0] && n; }, 5_000), zh ? en : cn);
  };
  afterEach(async () => {
    await config().update('locale', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('a document opened after budget.locale was set has its Outline in that language from the start, not after the first keystroke', async () => {
    // The language the window does not speak: the server must have it from the settings, not from the client's locale.
    const zh = vscode.env.language.toLowerCase().startsWith('zh');
    // The server running already, as when a second document is opened.
    await open(exampleUri());
    await diagnosticsOf(exampleUri());
    await config().update('locale', zh ? 'en' : 'zh-CN', vscode.ConfigurationTarget.Global);
    // A file never opened before: nothing of an earlier outline is kept for it.
    const uri = scratch(undefined, 'outline-locale.budget.yaml');
    // As the Outline and the breadcrumbs ask, as the editor opens: VS Code keeps the answer for this version.
    await open(uri);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const names = symbols.slice(0, 3).map((s) => `${s.detail}: ${s.name}`);
    assert.deepEqual(names, zh
      ? ['organization: duties and organisation', 'overview: budget overview', 'operatingExpenses: operating expenses']
      : ['organization: 部门主要职责及机构设置', 'overview: 部门预算安排总体情况', 'operatingExpenses: 机关运行经费安排情况']);
  });

  it('budget.locale changed while the document is open: the Outline follows without an edit', async () => {
    await outlineFollows(scratch(undefined, 'outline-switch.budget.yaml'), async (locale) => config().update('locale', locale, vscode.ConfigurationTarget.Global), 'the new locale');
  });

  it('a .budgetdoc.yaml written beside the open document with the other locale: the Outline follows without an edit', async () => {
    // Inside the workspace folder, which VS Code watches for the server's **/.budgetdoc.yaml (test-results/ is ignored by git).
    const results = path.join(workspaceRoot().fsPath, 'test-results');
    fs.mkdirSync(results, { recursive: true });
    const dir = fs.mkdtempSync(path.join(results, 'outline-project-'));
    try {
      const uri = vscode.Uri.file(path.join(dir, 'outline-project.budget.yaml'));
      fs.copyFileSync(exampleUri().fsPath, uri.fsPath);
      await outlineFollows(uri, async (locale) => fs.writeFileSync(path.join(dir, '.budgetdoc.yaml'), `locale: ${locale}\n`), 'the project\'s locale');
    } finally {
      await closeAll();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('document symbols past budget.outline.maxItems', () => {
  const config = () => vscode.workspace.getConfiguration('budget');
  const count = (list: readonly vscode.DocumentSymbol[]): number => list.reduce((n, s) => n + 1 + count(s.children), 0);
  const symbolsOf = async (uri: vscode.Uri) => await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri) ?? [];
  afterEach(async () => {
    await config().update('outline.maxItems', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  it('the Outline lists that many items, breadth first, and the status bar says so until the limit is lifted', async () => {
    const zh = vscode.env.language.toLowerCase().startsWith('zh');
    await config().update('outline.maxItems', 10, vscode.ConfigurationTarget.Global);
    const uri = scratch(undefined, 'outline-limit.budget.yaml');
    await open(uri);
    await diagnosticsOf(uri);
    const limited = await waitFor('ten symbols', async () => { const s = await symbolsOf(uri); return count(s) === 10 && s; });
    // The nine sections, then the first activity under 绩效预算信息.
    assert.deepEqual(limited.map((s) => s.children.length), [0, 0, 0, 0, 1, 0, 0, 0, 0]);
    const told = zh ? '只列出前 10 项' : 'only 10 of';
    await waitFor(`the status bar's "${told}"`, () => statusBarShows(told));
    await screenshot('outline-limited');
    await config().update('outline.maxItems', undefined, vscode.ConfigurationTarget.Global);
    await waitFor('every symbol', async () => count(await symbolsOf(uri)) > 10);
    await waitFor(`the status bar without "${told}"`, async () => !(await statusBarShows(told)));
  });
});
