import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { byPosition, DOCUMENT, FINDINGS, reported, type Reported } from '../../fixtures/project/findings';
import { budgetDiagnostics, closeAll, open, pageElements, ruleOf, waitFor, webviewTabs, workspaceRoot } from './helpers';

const SEVERITY: Record<vscode.DiagnosticSeverity, Reported['severity'] | 'hint'> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

const project = () => path.join(workspaceRoot().fsPath, 'test', 'fixtures', 'project');
const documentUri = () => vscode.Uri.file(path.join(project(), DOCUMENT));

/** `budgetdoc check --format json` on the document, the bundle in a process of its own, from a Chinese terminal (`locale: en` must win). */
function cli(): Reported[] {
  const run = spawnSync(process.execPath, [path.join(workspaceRoot().fsPath, 'dist', 'cli.js'), 'check', '--format', 'json', DOCUMENT], {
    cwd: project(),
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', LC_ALL: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' },
  });
  assert.equal(run.status, 1, run.stderr);
  return reported(run.stdout).map((f) => f.finding).sort(byPosition);
}

/** Without the path, which a diagnostic does not carry. */
const located = ({ path: _, ...rest }: Reported) => rest;
/** Without the columns, which the preview's list does not show (a click there goes to the line). */
const lined = ({ range, ...rest }: Reported) => ({ ...rest, range: range.split(':')[0] });

describe('one .budgetdoc.yaml for the editor, the preview and the CLI (test/fixtures/project)', () => {
  afterEach(closeAll);

  it('the editor shows the findings `budgetdoc check` reports: sum-mismatch a warning, numbering-prefix off, in English', async () => {
    const uri = documentUri();
    await open(uri);
    const diagnostics = await waitFor('the diagnostics of department.budget.yaml', () => budgetDiagnostics(uri).length > 0 && budgetDiagnostics(uri), 15_000);
    const shown = diagnostics.map((d) => ({
      rule: ruleOf(d),
      severity: SEVERITY[d.severity],
      range: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
      message: d.message,
    })).sort(byPosition);
    const reportedByCli = cli();
    assert.deepEqual(reportedByCli, [...FINDINGS].sort(byPosition));
    assert.deepEqual(shown, reportedByCli.map(located));
  });

  it('the preview lists the findings `budgetdoc check` reports, with their lines and paths', async function () {
    if (!process.env.BUDGET_E2E_SHOTS) this.skip(); // only the code-server runner can look into the webview
    await open(documentUri());
    await vscode.commands.executeCommand('budget.showPreviewToSide');
    await waitFor('a webview tab', () => webviewTabs().length > 0);
    const items = await pageElements('.bd-findings li', 15_000);
    // <li data-line data-path><span class="bd-sev-…">●</span> message <code>rule</code></li> (render/document.ts)
    const listed = items!.map(({ attributes, nodes }) => ({
      rule: nodes.find((n) => n.tag === 'code')?.text ?? '',
      severity: nodes.find((n) => n.tag === 'span')?.classes.find((c) => c.startsWith('bd-sev-'))?.slice('bd-sev-'.length),
      path: attributes['data-path'],
      range: String(Number(attributes['data-line']) + 1),
      message: nodes.filter((n) => n.tag === '#text').map((n) => n.text).join('').trim(),
    })).sort(byPosition);
    const reportedByCli = cli();
    assert.deepEqual(reportedByCli, [...FINDINGS].sort(byPosition));
    assert.deepEqual(listed, reportedByCli.map(lined));
  });
});
