import { CodeActionKind, type CodeAction, type CodeActionParams, type Range, type WorkspaceEdit } from 'vscode-languageserver/node';
import { check, directives, fixAllRepeated, insideScalar, type ParsedText, type Finding, type Fix, type SpanEdit, type TextEdit, L, localize } from '../core';
import { toDiagnostic } from './diagnostics';
import { checkOptions } from '../core';
import type { Analysis } from './workspace';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.budget`;

/** What the client can take in a workspace edit (`workspace.workspaceEdit` of its capabilities). */
export interface EditSupport {
  /** `documentChanges` with change annotations: Fix all then asks before it changes the figures. */
  readonly annotations: boolean;
  /** `documentChanges` with snippet text edits: text to fill in comes with tab stops. */
  readonly snippets: boolean;
}

export const PLAIN_EDITS: EditSupport = { annotations: false, snippets: false };

/** What the client's `workspace.workspaceEdit` capability says it can take. */
export function editSupport(capabilities: { workspace?: { workspaceEdit?: { documentChanges?: boolean; changeAnnotationSupport?: object; snippetEditSupport?: boolean } } }): EditSupport {
  const edits = capabilities.workspace?.workspaceEdit;
  return {
    annotations: !!edits?.documentChanges && !!edits.changeAnnotationSupport,
    snippets: !!edits?.documentChanges && edits.snippetEditSupport === true,
  };
}

/** The annotation Fix all's edits carry: the client shows what it will change and asks first. */
export const FIX_ALL_ANNOTATION = 'budget.fixAll';

/**
 * For each finding in the range: its fix as the preferred quick fix (one the figures bear out), its suggestions as
 * quick fixes that are not preferred, and a quick fix that silences it on its line (but a YAML syntax error); and `source.fixAll.budget` for
 * the whole document, which takes the fixes alone, never a suggestion. Fix all is the same edit whether it is asked
 * for by name (Source Action…, on save) or offered beside the quick fixes.
 */
export function codeActions(analysis: Analysis, params: CodeActionParams, support: EditSupport = PLAIN_EDITS): CodeAction[] {
  const { uri, result, locale } = analysis;
  const wanted = (kind: string) => !params.context.only || params.context.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    const quick = (finding: Finding, fix: Fix, preferred: boolean): CodeAction => ({
      title: localize(fix.title, locale),
      kind: CodeActionKind.QuickFix,
      diagnostics: [toDiagnostic(finding, uri, locale)],
      ...(preferred ? { isPreferred: true } : {}),
      edit: quickEdit(analysis, fix, support),
    });
    const silencing: CodeAction[] = [];
    for (const finding of result.findings) {
      if (!intersects(finding.range, params.range)) continue;
      if (finding.fix) out.push(quick(finding, finding.fix, true));
      for (const s of finding.suggestions ?? []) out.push(quick(finding, s, false));
      // A file that cannot be read is not silenced line by line: nothing else of it is checked.
      const silence = finding.rule === 'yaml-syntax' ? undefined : disableForLine(result.parsed, finding);
      if (silence) silencing.push(quick(finding, silence, false));
    }
    out.push(...silencing);
  }
  if (!wanted(FIX_ALL_KIND)) return out;
  const edits = fixAllOf(analysis);
  if (edits.length === 0) return out;
  const textEdits = edits.map((e) => ({ range: result.lines.range(e.span), newText: e.newText }));
  const n = edits.length;
  const edit: WorkspaceEdit = support.annotations
    ? {
      documentChanges: [{ textDocument: { uri, version: analysis.version }, edits: textEdits.map((e) => ({ ...e, annotationId: FIX_ALL_ANNOTATION })) }],
      changeAnnotations: {
        [FIX_ALL_ANNOTATION]: {
          label: localize(L(`修复所有可自动修复的问题（${n} 处修改）`, `Fix all auto-fixable budget problems (${n} edit${n === 1 ? '' : 's'})`), locale),
          description: localize(L('只改其余数字能判定错误的那个数', 'only figures that the other figures show to be wrong'), locale),
          needsConfirmation: true,
        },
      },
    }
    : { changes: { [uri]: textEdits } };
  out.push({
    title: localize(L('修复所有可自动修复的问题', 'Fix all auto-fixable budget problems'), locale),
    kind: FIX_ALL_KIND,
    edit,
  });
  return out;
}

/** Fix all of an analysis, pass after pass (as `budgetdoc check --fix`), worked out once per analysis. */
const fixAlls = new WeakMap<object, readonly SpanEdit[]>();

function fixAllOf(analysis: Analysis): readonly SpanEdit[] {
  const { result } = analysis;
  let edits = fixAlls.get(result);
  if (!edits) {
    const options = checkOptions(analysis.settings);
    edits = fixAllRepeated(result.parsed.text, result.findings, (text) => check(text, options).findings);
    fixAlls.set(result, edits);
  }
  return edits;
}

/** A quick fix's edit: with tab stops for a client that takes snippet edits, plain text otherwise. */
function quickEdit(analysis: Analysis, fix: Fix, support: EditSupport): WorkspaceEdit {
  const { uri, version } = analysis;
  if (support.snippets && fix.edits.some((e) => e.snippet !== undefined)) {
    return {
      documentChanges: [{
        textDocument: { uri, version },
        edits: fix.edits.map((e) => (e.snippet !== undefined ? { range: e.range, snippet: { kind: 'snippet' as const, value: e.snippet } } : toTextEdit(e))),
      }],
    };
  }
  return { changes: { [uri]: fix.edits.map(toTextEdit) } };
}

/**
 * `# budget-disable-next-line <rule>` above the finding's line, indented as that line; or, where such a comment
 * naming other rules is there already, the rule added to it (a second comment above would silence the first).
 * Not for a finding inside a scalar written over several lines (a block scalar's text, a quoted string that wraps):
 * there the comment would become part of the text.
 */
export function disableForLine(parsed: ParsedText, finding: Finding): Fix | undefined {
  const { text } = parsed;
  const start = finding.span.start;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (insideScalar(parsed, lineStart)) return undefined;
  const title = L(`在此行停用 ${finding.rule}`, `Disable ${finding.rule} for this line`);
  const above = text.includes('budget-disable-next-line') ? directives(text).find((d) => d.kind === 'disable-next-line' && d.line === finding.range.start.line - 1) : undefined;
  if (above) {
    if (above.rules.length === 0 || above.rules.includes(finding.rule)) return undefined;
    const at = above.span.end;
    const lineOf = text.lastIndexOf('\n', at - 1) + 1;
    const position = { line: above.line, character: at - lineOf };
    return { title, edits: [{ span: { start: at, end: at }, range: { start: position, end: position }, newText: `, ${finding.rule}` }] };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const newText = `${indent}# budget-disable-next-line ${finding.rule}${eol}`;
  const at = { line: finding.range.start.line, character: 0 };
  return {
    title,
    edits: [{ span: { start: lineStart, end: lineStart }, range: { start: at, end: at }, newText }],
  };
}

function toTextEdit(edit: TextEdit) {
  return { range: edit.range, newText: edit.newText };
}

function intersects(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
