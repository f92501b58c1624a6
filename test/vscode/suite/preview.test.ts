import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import mammoth from 'mammoth';
import { generate } from '../../../bench/generate';
import { PAGE_FIRST_CHARS } from '../../../client/src/preview/first-check';
import { check } from '../../../server/src/core';
import { closeAll, exampleUri, open, pageShows, scratch, scrollPreview, waitFor, webviewTabs, workspaceRoot } from './helpers';

interface Told {
  readonly kind: 'information' | 'warning';
  readonly message: string;
  readonly items: readonly string[];
}

/**
 * Runs an export, seeing its message and choosing `choice` (undefined: closing it): the client and this suite share
 * the dev extension's `vscode` API object (restart.test.ts), so a spy here sees the client's calls. The files
 * given to the system to open are kept, not opened.
 */
async function exportChoosing(choice: string | undefined, run: () => Thenable<unknown>): Promise<{ messages: Told[]; external: vscode.Uri[] }> {
  const messages: Told[] = [];
  const external: vscode.Uri[] = [];
  const window = vscode.window as { showInformationMessage: unknown; showWarningMessage: unknown };
  const env = vscode.env as { openExternal: unknown };
  const originals = { info: window.showInformationMessage, warning: window.showWarningMessage, openExternal: env.openExternal };
  const spy = (kind: Told['kind']) => (message: string, ...items: string[]) => {
    messages.push({ kind, message, items });
    return Promise.resolve(choice);
  };
  window.showInformationMessage = spy('information');
  window.showWarningMessage = spy('warning');
  env.openExternal = (uri: vscode.Uri) => {
    external.push(uri);
    return Promise.resolve(true);
  };
  try {
    await run();
    await waitFor('the export\'s message', () => messages.length > 0);
    // What the choice does, done.
    await new Promise((r) => setTimeout(r, 300));
  } finally {
    window.showInformationMessage = originals.info;
    window.showWarningMessage = originals.warning;
    env.openExternal = originals.openExternal;
  }
  return { messages, external };
}

/** Open took the file to the application the system opens it with (desktop) or, where VS Code runs away from its files (code-server), into an editor. */
async function opened(file: vscode.Uri, external: readonly vscode.Uri[]): Promise<void> {
  if (vscode.env.uiKind === vscode.UIKind.Desktop && vscode.env.remoteName === undefined) {
    assert.deepEqual(external.map((u) => u.fsPath), [file.fsPath]);
    return;
  }
  assert.deepEqual(external, []);
  await waitFor(`${path.basename(file.fsPath)} open in the editor`, () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => {
    const input = t.input as { uri?: vscode.Uri } | undefined;
    return input?.uri?.fsPath === file.fsPath;
  }));
}

describe('preview and export', () => {
  afterEach(closeAll);

  it('Budget: Open Preview opens a webview tab for the document', async () => {
    await open(exampleUri());
    assert.equal(webviewTabs().length, 0);
    await vscode.commands.executeCommand('budget.showPreview');
    const [tab] = await waitFor('a webview tab', () => webviewTabs().length > 0 && webviewTabs());
    assert.match((tab.input as vscode.TabInputWebview).viewType, /budget/i);
    assert.match(tab.label, /cangzhou-2018/);
  });

  it('Budget: Open Preview asked twice at once opens one tab: the second finds the panel the first made before its page', async () => {
    await open(exampleUri());
    // Every webview tab that opens, even one closed again at once.
    const opened: string[] = [];
    const watching = vscode.window.tabGroups.onDidChangeTabs((e) => {
      for (const tab of e.opened) if (tab.input instanceof vscode.TabInputWebview) opened.push(tab.label.replace(/^(预览|Preview) /, ''));
    });
    try {
      // Both commands run in one turn of the extension host, before the first panel is handed to the renderer.
      await Promise.all([vscode.commands.executeCommand('budget.showPreview'), vscode.commands.executeCommand('budget.showPreview')]);
      await waitFor('a webview tab', () => webviewTabs().length > 0);
      if (process.env.BUDGET_E2E_SHOTS) assert.ok(await pageShows('综合协调处理', 15_000));
      else await new Promise((r) => setTimeout(r, 1000));
    } finally {
      watching.dispose();
    }
    assert.deepEqual(opened, ['cangzhou-2018.budget.yaml']);
    assert.equal(webviewTabs().length, 1);
  });

  it('Budget: Open Source goes from the focused preview back to its document, in the preview\'s column', async () => {
    const uri = scratch(undefined, 'source.budget.yaml');
    await open(uri);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // As from the explorer's context menu, which passes the file.
    await vscode.commands.executeCommand('budget.showPreview', uri);
    await waitFor('a webview tab', () => webviewTabs().length > 0);
    const active = (): vscode.TextEditor | undefined => vscode.window.activeTextEditor;
    assert.equal(active(), undefined);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('budget.showSource');
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.equal(active()?.document.uri.toString(), uri.toString());
    assert.equal(active()?.viewColumn, vscode.ViewColumn.One);
  });

  it('the preview follows typing: an activity renamed in the editor shows in the open preview', async function () {
    if (!process.env.BUDGET_E2E_SHOTS) this.skip(); // only the code-server runner can look into the webview
    const uri = scratch();
    const editor = await open(uri);
    await vscode.commands.executeCommand('budget.showPreviewToSide');
    await waitFor('a webview tab', () => webviewTabs().length > 0);
    assert.ok(await pageShows('综合协调处理', 15_000));
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('综合协调处理') + '综合协调处理'.length);
    // Typed in the editor: the preview is patched (one activity's rows), not rebuilt.
    assert.ok(await editor.edit((e) => e.insert(at, '（预览已更新）')));
    assert.ok(await pageShows('综合协调处理（预览已更新）', 10_000));
  });

  it('a long document\'s preview shows its page, then the problems the rules find, which the page\'s first check left out', async function () {
    if (!process.env.BUDGET_E2E_SHOTS) this.skip(); // only the code-server runner can look into the webview
    this.timeout(90_000);
    // One figure wrong: the first activity's children no longer add up to its budget.
    const text = generate(900).replace('budget: 146.78\n', 'budget: 246.78\n');
    assert.ok(text.length >= PAGE_FIRST_CHARS, `${text.length} characters`);
    const findings = check(text).findings;
    assert.deepEqual(findings.map((f) => f.rule), ['sum-mismatch']);
    await open(scratch(text, 'long.budget.yaml'));
    await vscode.commands.executeCommand('budget.showPreviewToSide');
    await waitFor('a webview tab', () => webviewTabs().length > 0);
    assert.ok(await pageShows('科技创新1', 30_000));
    assert.ok(await pageShows(vscode.env.language.startsWith('zh') ? '本文件有 1 个问题' : '1 problem in this document', 30_000));
  });

  it('a preview closed and opened again shows what was typed and the settings changed meanwhile', async function () {
    if (!process.env.BUDGET_E2E_SHOTS) this.skip(); // only the code-server runner can look into the webview
    this.timeout(90_000);
    const config = vscode.workspace.getConfiguration('budget');
    await config.update('preview.showFindings', false, vscode.ConfigurationTarget.Global);
    try {
      const uri = scratch(undefined, 'reopened.budget.yaml');
      const editor = await open(uri);
      const close = async (): Promise<void> => {
        await vscode.window.tabGroups.close(webviewTabs());
        await waitFor('the preview closed', () => webviewTabs().length === 0);
        // code-server takes the closed webview's frame down after the tab (a user's hand is slower than this).
        await new Promise((resolve) => setTimeout(resolve, 1000));
      };
      /**
       * Opens the preview beside the editor until its page shows `needle`, three tries at most. code-server's
       * webview host sometimes leaves a new webview's frame blank, waiting for a service worker `controllerchange`
       * that never comes (its console says "Found unexpected service worker controller … Waiting for
       * controllerchange"), with or without the state kept; a preview that shows the wrong text fails every try.
       */
      const show = async (needle: string): Promise<void> => {
        for (let k = 1; ; k++) {
          await vscode.window.showTextDocument(editor.document, editor.viewColumn);
          await vscode.commands.executeCommand('budget.showPreviewToSide');
          await waitFor('a webview tab', () => webviewTabs().length > 0);
          try {
            assert.ok(await pageShows(needle, 10_000));
            return;
          } catch (err) {
            if (k === 3) throw err;
            console.log(`      (the preview did not show "${needle}" in 10 s, try ${k}: opened again)`);
            await close();
          }
        }
      };
      await show('卫计政务管理');
      // Opened again on the same text, then on a text typed into while it was closed.
      await close();
      await show('综合协调处理');
      await close();
      const at = editor.document.positionAt(editor.document.getText().indexOf('综合协调处理') + '综合协调处理'.length);
      assert.ok(await editor.edit((e) => e.insert(at, '（关闭时改）')));
      await show('综合协调处理（关闭时改）');
      // numbering-prefix turned off while it was closed: the names are printed as written.
      await close();
      await config.update('rules', { 'numbering-prefix': 'off' }, vscode.ConfigurationTarget.Global);
      await waitFor('the setting read back', () => vscode.workspace.getConfiguration('budget').get<Record<string, string>>('rules')?.['numbering-prefix'] === 'off');
      await show('三十八、卫计政务管理');
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
      await config.update('preview.showFindings', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the preview keeps the page while the text cannot be read, saying so, and follows again once it can', async function () {
    if (!process.env.BUDGET_E2E_SHOTS) this.skip(); // only the code-server runner can look into the webview
    const uri = scratch(undefined, 'unclosed.budget.yaml');
    const editor = await open(uri);
    await vscode.commands.executeCommand('budget.showPreviewToSide');
    await waitFor('a webview tab', () => webviewTabs().length > 0);
    assert.ok(await pageShows('综合协调处理', 15_000));
    const text = editor.document.getText();
    const at = editor.document.positionAt(text.indexOf('综合协调处理'));
    // An opening quote, as typed: until it is closed, the text is not YAML.
    assert.ok(await editor.edit((e) => e.insert(at, '"')));
    const line = at.line + 1;
    assert.ok(await pageShows(vscode.env.language.startsWith('zh') ? `第 ${line} 行：` : `Line ${line}: `, 10_000));
    assert.ok(await pageShows('综合协调处理', 1_000), 'the page still shows the document');
    assert.ok(await editor.edit((e) => e.insert(editor.document.positionAt(editor.document.getText().indexOf('综合协调处理') + '综合协调处理'.length), '（已闭合）"')));
    assert.ok(await pageShows('综合协调处理（已闭合）', 10_000));
  });

  it('the preview follows a change of budget.rules, even with a keystroke right after it', async function () {
    if (!process.env.BUDGET_E2E_SHOTS) this.skip(); // only the code-server runner can look into the webview
    const config = vscode.workspace.getConfiguration('budget');
    // Without the list of problems, the page holds 三十八、卫计政务管理 only where its table prints the name.
    await config.update('preview.showFindings', false, vscode.ConfigurationTarget.Global);
    try {
      const uri = scratch(undefined, 'settings.budget.yaml');
      const editor = await open(uri);
      await vscode.commands.executeCommand('budget.showPreviewToSide');
      await waitFor('a webview tab', () => webviewTabs().length > 0);
      assert.ok(await pageShows('卫计政务管理', 15_000));
      // numbering-prefix off: the name is printed as written. A keystroke at once must not lose the reload.
      await config.update('rules', { 'numbering-prefix': 'off' }, vscode.ConfigurationTarget.Global);
      const at = editor.document.positionAt(editor.document.getText().indexOf('综合协调处理') + '综合协调处理'.length);
      assert.ok(await editor.edit((e) => e.insert(at, '。')));
      assert.ok(await pageShows('三十八、卫计政务管理', 10_000));
      assert.ok(await pageShows('综合协调处理。', 1_000));
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
      await config.update('preview.showFindings', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('scrolling the preview brings the source line of the block at its top to the top of the editor (line 0 at the page\'s top), the list of problems and the charts driving nothing, and the editor following does not scroll the preview back', async function () {
    if (!process.env.BUDGET_E2E_SHOTS) this.skip(); // only the code-server runner can scroll the webview
    this.timeout(90_000);
    // Revealing a line at the top, VS Code leaves room over it for the sticky lines (five): off, the line revealed is the first visible.
    const sticky = vscode.workspace.getConfiguration('editor.stickyScroll');
    await sticky.update('enabled', false, vscode.ConfigurationTarget.Global);
    try {
      // The example's 42 findings: the list of problems stands over the page.
      const editor = await open(exampleUri());
      await vscode.commands.executeCommand('budget.showPreviewToSide');
      await waitFor('a webview tab', () => webviewTabs().length > 0);
      assert.ok(await pageShows('综合协调处理', 15_000));
      const top = (): number | undefined => editor.visibleRanges[0]?.start.line;
      // The editor at its first line before the preview is scrolled (VS Code restores where an earlier test left the
      // example, and the preview follows it): what moves after this is what the preview's scrolling moved.
      editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
      await waitFor('the editor at its first line', () => top() === 0, 5_000);
      await new Promise((r) => setTimeout(r, 700));
      const expected: string[] = [];
      const actual: string[] = [];
      // In the list of problems (the title is the first block below it), then down the page, then back to the top.
      for (const y of [800, 3000, 4000, 7000, 12000, 0]) {
        const place = await scrollPreview({ y });
        assert.ok(place && place.line !== null, `a block in view at ${y}`);
        const line = y === 0 ? 0 : place.line;
        await waitFor(`the editor at line ${line}`, () => top() === line, 5_000).catch(() => undefined);
        // Long enough for the editor's scrolling to come back to the preview, were it passed on.
        await new Promise((r) => setTimeout(r, 700));
        const after = await scrollPreview(null);
        expected.push(`${y}: editor at ${line}, preview at ${place.scrollY}`);
        actual.push(`${y}: editor at ${top()}, preview at ${after?.scrollY}`);
      }
      // A chart's bars are rows of a table elsewhere: halfway down one, the editor is between the blocks around it.
      for (const chart of [0, 1, 2]) {
        const place = await scrollPreview({ chart });
        assert.ok(place && place.line !== null && place.above !== null, `blocks around chart ${chart}`);
        const { above, line } = place;
        await waitFor(`the editor between lines ${above} and ${line}`, () => { const at = top(); return at !== undefined && at >= above && at <= line && at; }, 5_000).catch(() => undefined);
        expected.push(`chart ${chart}: editor within ${above}–${line}`);
        actual.push(`chart ${chart}: editor ${(top() ?? -1) >= above && (top() ?? -1) <= line ? `within ${above}–${line}` : `at ${top()}`}`);
      }
      assert.deepEqual(actual, expected);
    } finally {
      await sticky.update('enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('Budget: Export HTML writes the disclosure as one page without network loads', async () => {
    await open(exampleUri());
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'budget-export-')), 'cangzhou-2018.html'));
    await vscode.commands.executeCommand('budget.exportHtml', target);
    const html = await waitFor('the exported page', () => fs.existsSync(target.fsPath) && fs.readFileSync(target.fsPath, 'utf8'));
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.match(html, /沧州经济开发区/);
    // Nine numbered sections, in Chinese as the disclosure is published, whatever the UI's language (budget.preview.locale).
    assert.deepEqual(html.match(/<h2[^>]*>[一二三四五六七八九]、/g)?.length, 9);
    assert.match(html, /<html lang="zh-CN">/);
    assert.doesNotMatch(html, /<(script|img|link)[^>]+(src|href)=["']?https?:/i);
  });

  it('Budget: Export HTML says where it wrote the page and that the example has 19 errors and 23 warnings, in the UI\'s language, and Open opens the page', async () => {
    await open(exampleUri());
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'budget-export-')), 'cangzhou-2018.html'));
    const zh = vscode.env.language.startsWith('zh');
    const [openLabel, problemsLabel] = zh ? ['打开', '显示问题'] : ['Open', 'Show Problems'];
    const shown = await exportChoosing(openLabel, () => vscode.commands.executeCommand('budget.exportHtml', target));
    assert.deepEqual(shown.messages, [{
      kind: 'warning',
      message: zh
        ? `已导出 ${target.fsPath}。文件有 19 个错误、23 个警告，页面按文件原样生成，问题未改。`
        : `Exported ${target.fsPath}. The document has 19 errors and 23 warnings: the page shows it as written, mistakes included.`,
      items: [openLabel, problemsLabel],
    }]);
    await opened(target, shown.external);
  });

  it('Budget: Export Word says so too, of the Word file, and Open opens it; a document without problems is told it was exported, no more', async () => {
    await open(exampleUri());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-export-'));
    const target = vscode.Uri.file(path.join(dir, 'cangzhou-2018.docx'));
    const zh = vscode.env.language.startsWith('zh');
    const openLabel = zh ? '打开' : 'Open';
    const shown = await exportChoosing(openLabel, () => vscode.commands.executeCommand('budget.exportDocx', target));
    assert.deepEqual(shown.messages.map((m) => m.message), [zh
      ? `已导出 ${target.fsPath}。文件有 19 个错误、23 个警告，Word 文件按文件原样生成，问题未改。`
      : `Exported ${target.fsPath}. The document has 19 errors and 23 warnings: the Word file shows it as written, mistakes included.`]);
    await opened(target, shown.external);
    await closeAll();
    await open(vscode.Uri.joinPath(workspaceRoot(), 'examples', 'statistics-2024.budget.yaml'));
    const clean = vscode.Uri.file(path.join(dir, 'statistics-2024.html'));
    const told = await exportChoosing(undefined, () => vscode.commands.executeCommand('budget.exportHtml', clean));
    assert.deepEqual(told.messages, [{ kind: 'information', message: zh ? `已导出 ${clean.fsPath}` : `Exported ${clean.fsPath}`, items: [openLabel] }]);
  });

  it('Budget: Export HTML writes the very bytes `budgetdoc render` writes (the page in Chinese, budget.preview.locale\'s default)', async () => {
    await open(exampleUri());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-export-'));
    const target = vscode.Uri.file(path.join(dir, 'exported.html'));
    await vscode.commands.executeCommand('budget.exportHtml', target);
    const cli = path.join(workspaceRoot().fsPath, 'dist', 'cli.js');
    // The example has mistakes: the CLI writes the page and exits 1, as it says.
    const run = spawnSync(process.execPath, [cli, 'render', exampleUri().fsPath, '--locale', 'zh-CN', '-o', path.join(dir, 'cli.html')], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    assert.equal(run.status, 1, String(run.stderr));
    assert.ok(fs.readFileSync(target.fsPath).equals(fs.readFileSync(path.join(dir, 'cli.html'))));
  });

  it('Budget: Export HTML checks with the budget.rules settings: numbering-prefix off, names are printed as written', async () => {
    await open(exampleUri());
    const config = vscode.workspace.getConfiguration('budget');
    await config.update('rules', { 'numbering-prefix': 'off' }, vscode.ConfigurationTarget.Global);
    try {
      const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'budget-export-')), 'rules.html'));
      await vscode.commands.executeCommand('budget.exportHtml', target);
      const html = fs.readFileSync(target.fsPath, 'utf8');
      assert.match(html, />三十八、卫计政务管理</);
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Global);
    }
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'budget-export-')), 'default.html'));
    await vscode.commands.executeCommand('budget.exportHtml', target);
    assert.doesNotMatch(fs.readFileSync(target.fsPath, 'utf8'), /三十八、卫计政务管理/);
  });

  it('Budget: Export HTML writes nothing for a document with a YAML syntax error, keeping the page already there', async () => {
    const source = scratch(fs.readFileSync(exampleUri().fsPath, 'utf8').replace('region: 沧州经济开发区', 'region: "沧州经济开发区'), 'broken.budget.yaml');
    await open(source);
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'budget-export-')), 'broken.html'));
    fs.writeFileSync(target.fsPath, 'the page exported before');
    assert.equal(await vscode.commands.executeCommand('budget.exportHtml', target), undefined);
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), 'the page exported before');
  });

  it('Budget: Export Word writes the disclosure as a .docx with its nine numbered sections as headings', async () => {
    await open(exampleUri());
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'budget-export-')), 'cangzhou-2018.docx'));
    await vscode.commands.executeCommand('budget.exportDocx', target);
    const bytes = await waitFor('the exported Word file', () => fs.existsSync(target.fsPath) && fs.readFileSync(target.fsPath));
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    assert.equal(html.match(/<h2>[一二三四五六七八九]、/g)?.length, 9);
    assert.match(html, /<h1>沧州经济开发区<br \/>2018年部门预算信息公开说明<\/h1>/);
  });

  it('Budget: Export Word writes nothing for a document with a YAML syntax error, keeping the file already there', async () => {
    const source = scratch(fs.readFileSync(exampleUri().fsPath, 'utf8').replace('region: 沧州经济开发区', 'region: "沧州经济开发区'), 'broken-word.budget.yaml');
    await open(source);
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'budget-export-')), 'broken.docx'));
    fs.writeFileSync(target.fsPath, 'the file exported before');
    assert.equal(await vscode.commands.executeCommand('budget.exportDocx', target), undefined);
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), 'the file exported before');
  });
});
