import { CodeActionKind, type CodeAction, type CodeActionParams, type Range } from 'vscode-languageserver/node';
import { check, fixAllEdits, fixAllRepeated, type TextEdit, L, localize } from '../core';
import { toDiagnostic } from './diagnostics';
import { checkOptions } from '../core';
import type { Analysis } from './workspace';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.budget`;

/** A preferred quick fix for each fixable finding in the range, and `source.fixAll.budget` for the whole document. */
export function codeActions(analysis: Analysis, params: CodeActionParams): CodeAction[] {
  const { uri, result, locale } = analysis;
  const wanted = (kind: string) => !params.context.only || params.context.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    for (const finding of result.findings) {
      if (!finding.fix || !intersects(finding.range, params.range)) continue;
      out.push({
        title: localize(finding.fix.title, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(finding, uri, locale)],
        isPreferred: true,
        edit: { changes: { [uri]: finding.fix.edits.map(toTextEdit) } },
      });
    }
  }
  if (!wanted(FIX_ALL_KIND)) return out;
  // Asked for by name (Source Action…, on save), fix-all goes pass after pass, each pass a check of the text the
  // last one left; offered unasked, beside the quick fixes, it stays one cheap pass.
  const edits = params.context.only !== undefined
    ? fixAllRepeated(result.parsed.text, result.findings, (text) => check(text, checkOptions(analysis.settings)).findings)
    : fixAllEdits(result.findings);
  if (edits.length === 0) return out;
  out.push({
    title: localize(L('修复所有可自动修复的问题', 'Fix all auto-fixable budget problems'), locale),
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: edits.map((e) => ({ range: result.lines.range(e.span), newText: e.newText })) } },
  });
  return out;
}

function toTextEdit(edit: TextEdit) {
  return { range: edit.range, newText: edit.newText };
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
