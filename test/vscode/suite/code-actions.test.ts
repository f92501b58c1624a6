import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { at, budgetDiagnostics, closeAll, diagnosticsOf, open, scratch, waitFor } from './helpers';

/**
 * Asks for the quick fixes of one diagnostic, checks whether the one editing inside it is preferred (taken by Fix
 * all) or a suggestion, applies it, and returns the lines before and after.
 */
async function applyFix(rule: string, line: number, preferred: boolean): Promise<{ before: string[]; after: string[]; uri: vscode.Uri }> {
  const uri = scratch();
  const { document } = await open(uri);
  const diagnostic = (await diagnosticsOf(uri)).find((d) => at(d) === `${rule}@${line}`);
  assert.ok(diagnostic, `no ${rule}@${line}`);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  // The API command drops a code action's diagnostics, so the fix is known by its edit: inside the diagnostic's range.
  const fix = actions.find((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind) && a.edit?.get(uri).some((e) => diagnostic.range.contains(e.range)));
  assert.ok(fix, `no quick fix editing ${rule}@${line} among ${actions.map((a) => a.title).join(' | ')}`);
  assert.equal(!!fix.isPreferred, preferred, `${fix.title}: preferred ${String(fix.isPreferred)}`);
  const before = document.getText().split('\n');
  assert.ok(await vscode.workspace.applyEdit(fix.edit!));
  await waitFor(`${rule}@${line} to go once fixed`, () => !budgetDiagnostics(uri).map(at).includes(`${rule}@${line}`), 2000);
  return { before, after: document.getText().split('\n'), uri };
}

/** The lines that differ, as `line: text`. */
function changed(before: string[], after: string[]): string[] {
  assert.equal(after.length, before.length, 'the fix added or removed lines');
  return after.flatMap((text, i) => (text === before[i] ? [] : [`${i + 1}: ${text}`]));
}

describe('code actions', () => {
  after(closeAll);

  it('the sum-mismatch suggestion (not preferred: no other figure tells which is wrong) sets 1518.81 to 1039.81 and changes nothing else', async () => {
    const { before, after, uri } = await applyFix('sum-mismatch', 506, false);
    assert.deepEqual(changed(before, after), ['506:       budget: 1039.81']);
    assert.ok(budgetDiagnostics(uri).map(at).includes('numbering-prefix@524'), 'the other findings stay');
  });

  it('the numbering-prefix fix strips 三、 from the activity name and changes nothing else', async () => {
    const { before, after } = await applyFix('numbering-prefix', 524, true);
    assert.deepEqual(changed(before, after), ['524:     - name: 双拥优抚安置政策及管理']);
  });
});
