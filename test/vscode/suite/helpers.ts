import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PageElement } from '../code-server';

export const EXTENSION_ID = 'budget-docs.budget-docs';
export const EXAMPLE = 'examples/cangzhou-2018.budget.yaml';

/** The repository: the workspace folder both runners open. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the runner opened no workspace folder');
  return folder.uri;
}

export function exampleUri(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), EXAMPLE);
}

/** A private copy of the example (or of `text`), so edits never touch the committed file. */
export function scratch(text?: string, name = 'scratch.budget.yaml'): vscode.Uri {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-e2e-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text ?? fs.readFileSync(exampleUri().fsPath, 'utf8'));
  return vscode.Uri.file(file);
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Polls `probe` until it gives something truthy, or fails naming what did not happen in time. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The rule id of a diagnostic: LSP's `code`, which VS Code wraps with its docs link. */
export function ruleOf(d: vscode.Diagnostic): string {
  const code = d.code;
  return String(typeof code === 'object' ? code.value : code);
}

export function budgetDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'budget');
}

/** Waits until the server has published diagnostics for the document. */
export function diagnosticsOf(uri: vscode.Uri, ms = 15_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics of ${path.basename(uri.fsPath)}`, () => {
    const found = budgetDiagnostics(uri);
    return found.length > 0 && found;
  }, ms);
}

/** `rule@line` with 1-based lines, as test/core/example.test.ts pins them. */
export function at(d: vscode.Diagnostic): string {
  return `${ruleOf(d)}@${d.range.start.line + 1}`;
}

export function positionOf(doc: vscode.TextDocument, needle: string, inside = 0, from = 0): vscode.Position {
  const offset = doc.getText().indexOf(needle, from);
  if (offset < 0) throw new Error(`${needle} not found in ${path.basename(doc.uri.fsPath)}`);
  return doc.positionAt(offset + inside);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

export function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

/** Saves files, drops untitled text and closes every editor, so each scenario starts from an empty window without a save prompt. */
export async function closeAll(): Promise<void> {
  await vscode.workspace.saveAll(false);
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Asks the code-server runner to photograph the page now, and waits until it has. Under a runner
 * that cannot take screenshots (test-electron) it only says so.
 */
export async function screenshot(name: string): Promise<void> {
  const dir = process.env.BUDGET_E2E_SHOTS;
  if (!dir) {
    console.log(`      (no screenshot "${name}": this runner takes none)`);
    return;
  }
  fs.writeFileSync(path.join(dir, `${name}.request`), '');
  await waitFor(`the runner's screenshot ${name}.png`, () => fs.existsSync(path.join(dir, `${name}.done`)), 15_000);
}

/**
 * Waits until a webview of the workbench page shows `needle` (its frames only, not the editor's text), as
 * the code-server runner sees it in Chromium; false when the runner cannot look (test-electron).
 */
export async function pageShows(needle: string, ms = 10_000): Promise<boolean> {
  const dir = process.env.BUDGET_E2E_SHOTS;
  if (!dir) return false;
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await askRunner<{ found: boolean }>(dir, 'find', needle, `the runner's look for "${needle}"`);
    if (answer.found) return true;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for the page to show "${needle}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether an entry of the workbench's status bar is labelled with `needle` now, as the code-server runner sees it. */
export async function statusBarShows(needle: string): Promise<boolean> {
  const dir = process.env.BUDGET_E2E_SHOTS;
  if (!dir) throw new Error('only the code-server runner can look at the status bar');
  return (await askRunner<{ found: boolean }>(dir, 'status', needle, `the runner's look at the status bar for "${needle}"`)).found;
}

/**
 * The elements `selector` finds in a webview of the workbench page, as the code-server runner reads them in
 * Chromium (code-server.ts, pageElements), once there are any; undefined when the runner cannot look (test-electron).
 */
export async function pageElements(selector: string, ms = 10_000): Promise<PageElement[] | undefined> {
  const dir = process.env.BUDGET_E2E_SHOTS;
  if (!dir) return undefined;
  const deadline = Date.now() + ms;
  for (let k = 0; ; k++) {
    const request = path.join(dir, `elements-${process.pid}-${k}.elements`);
    // Written whole, then renamed, as pageShows does.
    fs.writeFileSync(`${request}.tmp`, selector);
    fs.renameSync(`${request}.tmp`, request);
    const done = `${request}.done`;
    const elements = await waitFor(`the runner's read of "${selector}"`, () => fs.existsSync(done) && (JSON.parse(fs.readFileSync(done, 'utf8')) as PageElement[]), 15_000);
    fs.rmSync(done);
    if (elements.length > 0) return elements;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for the page to hold "${selector}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Where the preview stands, and where a test has it scrolled (code-server.ts `scrollPreview`). */
export interface PreviewPlace {
  readonly scrollY: number;
  /** The source line of the first block (heading, paragraph, table row) starting in view, and of the last starting above. */
  readonly line: number | null;
  readonly above: number | null;
}
export type PreviewScroll = { readonly y: number } | { readonly chart: number } | null;

/**
 * Has the code-server runner scroll the open preview as a user would: to `y` and on to the top of the first block
 * starting there, or into the middle of the nth chart; null only asks where it stands. Undefined under a runner
 * that cannot (test-electron).
 */
export async function scrollPreview(to: PreviewScroll): Promise<PreviewPlace | undefined> {
  const dir = process.env.BUDGET_E2E_SHOTS;
  if (!dir) return undefined;
  const request = path.join(dir, `scroll-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.scroll`);
  fs.writeFileSync(`${request}.tmp`, JSON.stringify(to));
  fs.renameSync(`${request}.tmp`, request);
  const done = `${request}.done`;
  const answer = await waitFor(`the runner's scroll of the preview to ${JSON.stringify(to)}`, () => fs.existsSync(done) && (JSON.parse(fs.readFileSync(done, 'utf8')) as { place: PreviewPlace | null }), 15_000);
  fs.rmSync(done);
  if (!answer.place) throw new Error(`no frame of the page shows a budget preview${to && 'chart' in to ? ` with chart ${to.chart}` : ''}`);
  return answer.place;
}

let requests = 0;

/** One request to the code-server runner, through files in `dir`, and its answer. */
async function askRunner<T>(dir: string, kind: string, body: string, what: string): Promise<T> {
  const request = path.join(dir, `probe-${process.pid}-${requests++}.${kind}`);
  // Written whole, then renamed: the runner polls for requests and must never read one half written.
  fs.writeFileSync(`${request}.tmp`, body);
  fs.renameSync(`${request}.tmp`, request);
  const done = `${request}.done`;
  const answer = await waitFor(what, () => fs.existsSync(done) && (JSON.parse(fs.readFileSync(done, 'utf8')) as T), 15_000);
  fs.rmSync(done);
  return answer;
}

/**
 * Waits until the workbench shows a notification whose message holds `needle`, as the code-server runner sees
 * the page, and gives its buttons' labels; clicks the one labelled `click` when given (which must be among them).
 */
export async function notification(needle: string, click?: string, ms = 10_000): Promise<string[]> {
  const dir = process.env.BUDGET_E2E_SHOTS;
  if (!dir) throw new Error('only the code-server runner can look at the workbench\'s notifications');
  const deadline = Date.now() + ms;
  for (;;) {
    const { buttons } = await askRunner<{ buttons: string[] | null }>(dir, 'toast', JSON.stringify({ needle, click }), `the runner's look for the notification "${needle}"`);
    if (buttons) {
      if (click !== undefined && !buttons.includes(click)) throw new Error(`the notification "${needle}" has no button ${click}, only ${buttons.join(', ')}`);
      return buttons;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for the notification "${needle}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the workbench shows a notification whose message holds `needle` now. */
export async function notificationShows(needle: string): Promise<boolean> {
  const dir = process.env.BUDGET_E2E_SHOTS;
  if (!dir) throw new Error('only the code-server runner can look at the workbench\'s notifications');
  const { buttons } = await askRunner<{ buttons: string[] | null }>(dir, 'toast', JSON.stringify({ needle }), `the runner's look for the notification "${needle}"`);
  return buttons !== null;
}
