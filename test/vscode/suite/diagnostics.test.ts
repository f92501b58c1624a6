import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { check } from '../../../server/src/core/check/check';
import type { Severity } from '../../../server/src/core/check/finding';
import { at, closeAll, diagnosticsOf, exampleUri, open, ruleOf } from './helpers';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

describe('diagnostics', () => {
  after(closeAll);

  it('flags the seed\'s mistakes where test/core pins them: rate-mismatch on 74, sum-mismatch on 506, numbering-prefix on 524', async () => {
    await open(exampleUri());
    const found = (await diagnosticsOf(exampleUri())).map(at);
    for (const expected of ['rate-mismatch@74', 'sum-mismatch@506', 'numbering-prefix@524', 'sum-mismatch@251', 'missing-kpi@246']) {
      assert.ok(found.includes(expected), `no ${expected} among ${found.join(', ')}`);
    }
  });

  it('shows exactly the core\'s findings, with their ranges, severities and docs links', async () => {
    await open(exampleUri());
    const shown = (await diagnosticsOf(exampleUri())).map((d) => ({
      rule: ruleOf(d),
      range: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`,
      severity: d.severity,
      // Each diagnostic links to its own rule's page.
      linked: typeof d.code === 'object' && d.code.target.toString().endsWith(`/docs/rules/${ruleOf(d)}.md`),
    }));
    const core = check(fs.readFileSync(exampleUri().fsPath, 'utf8')).findings.map((f) => ({
      rule: f.rule,
      range: `${f.range.start.line + 1}:${f.range.start.character + 1}-${f.range.end.line + 1}:${f.range.end.character + 1}`,
      severity: SEVERITY[f.severity],
      linked: true,
    }));
    const order = (a: { range: string; rule: string }, b: { range: string; rule: string }) => a.range.localeCompare(b.range, 'en', { numeric: true }) || a.rule.localeCompare(b.rule);
    assert.deepEqual(shown.sort(order), core.sort(order));
  });
});
