import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { at, budgetDiagnostics, closeAll, diagnosticsOf, EXTENSION_ID, exampleUri, open, positionOf, screenshot, waitFor } from './helpers';

const RESTARTED = /^(The budget language server stopped unexpectedly and was restarted\.|预算文件语言服务器意外停止，已自动重启。)$/;

/**
 * The language servers of this extension instance: children (at any depth) of this extension
 * host running its own dist/server.js over IPC. Another editor's server, or the packaged
 * extension's, has another path or another ancestor and is never matched.
 */
function ourServers(): number[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const server = path.join(extension.extensionPath, 'dist', 'server.js');
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args }));
  const parent = new Map(rows.map((r) => [r.pid, r.ppid]));
  const descendsFromUs = (pid: number) => {
    for (let p = parent.get(pid), hops = 0; p !== undefined && p > 1 && hops < 20; p = parent.get(p), hops++) {
      if (p === process.pid) return true;
    }
    return false;
  };
  return rows
    .filter((r) => r.args.split(/\s+/).includes(server) && r.args.includes('--node-ipc') && descendsFromUs(r.pid))
    .map((r) => r.pid);
}

describe('a crashed language server', () => {
  const warnings: string[] = [];
  const original = vscode.window.showWarningMessage;
  const files = () => vscode.workspace.getConfiguration('files');
  let autoSave: unknown;
  let onDisk = '';

  before(async () => {
    onDisk = fs.readFileSync(exampleUri().fsPath, 'utf8');
    // code-server, being VS Code for the web, auto-saves after a delay by default: the edit below
    // must stay in memory, never reach the committed example.
    autoSave = files().inspect('autoSave')?.globalValue;
    await files().update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    assert.equal(files().get('autoSave'), 'off');
    await vscode.commands.executeCommand('notifications.clearAll');
    // The client and this suite share the dev extension's `vscode` API object, so a spy here sees
    // the client's warning; the notification still shows (the screenshot below has it).
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = (message: string, ...rest: unknown[]) => {
      warnings.push(message);
      return (original as (...args: unknown[]) => unknown).call(vscode.window, message, ...rest);
    };
  });

  after(async () => {
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    // The committed example is edited in memory only: never let closeAll's saveAll write it.
    const example = vscode.workspace.textDocuments.find((d) => d.uri.toString() === exampleUri().toString());
    if (example?.isDirty) {
      await vscode.window.showTextDocument(example);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('notifications.clearAll');
    await closeAll();
    await files().update('autoSave', autoSave, vscode.ConfigurationTarget.Global);
    if (fs.readFileSync(exampleUri().fsPath, 'utf8') !== onDisk) {
      fs.writeFileSync(exampleUri().fsPath, onDisk);
      throw new Error(`the scenario wrote ${exampleUri().fsPath}; restored it`);
    }
  });

  it('SIGKILLed, it is restarted: an edit right after the kill updates sum-mismatch@506 within 10 s, undo brings it back, and the user is told once', async () => {
    const uri = exampleUri();
    const editor = await open(uri);
    const text = editor.document.getText();
    assert.ok((await diagnosticsOf(uri)).map(at).includes('sum-mismatch@506'));

    const before = ourServers();
    assert.equal(before.length, 1, `expected one language server of this extension host (pid ${process.pid}), found ${JSON.stringify(before)}`);
    process.kill(before[0], 'SIGKILL');
    await waitFor(`the killed server ${before[0]} to exit`, () => !ourServers().includes(before[0]), 5000);

    const start = positionOf(editor.document, 'budget: 1518.81', 'budget: '.length);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(start, start.translate(0, '1518.81'.length)), '1039.81');
    assert.ok(await vscode.workspace.applyEdit(edit));
    // Not merely cleared: a new server re-checked the edited text and published its findings.
    await waitFor('a restarted server to publish the edit\'s diagnostics (no sum-mismatch@506, numbering-prefix@524 still there)', () => {
      const found = budgetDiagnostics(uri).map(at);
      return !found.includes('sum-mismatch@506') && found.includes('numbering-prefix@524');
    }, 10_000);
    const after = ourServers();
    assert.equal(after.length, 1, `expected one restarted language server, found ${JSON.stringify(after)}`);
    assert.notEqual(after[0], before[0]);

    await waitFor('the restart warning', () => warnings.length > 0, 5000);
    assert.equal(warnings.length, 1, `warned ${warnings.length} times: ${JSON.stringify(warnings)}`);
    assert.match(warnings[0], RESTARTED);
    await new Promise((r) => setTimeout(r, 800));
    await screenshot('server-restarted');

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), text);
    await waitFor('sum-mismatch@506 to return after undo', () => budgetDiagnostics(uri).map(at).includes('sum-mismatch@506'), 10_000);
    await waitFor('undo to leave the example unmodified (not dirty)', () => !editor.document.isDirty, 5000);
  });
});
