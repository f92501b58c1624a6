import * as path from 'path';
import { commands, env, UIKind, Uri, window, workspace } from 'vscode';
import { check, type CheckResult } from '../../../server/src/core';
import { cannotExport, renderDocument } from '../../../server/src/render';
import { checkOptionsOf, pageLocale } from './config';
import { S, t } from './strings';

type DocxWriter = typeof import('../../../server/src/render/docx');

/** The Word writer and its library, bundled apart (dist/docx.js): loaded by the first Export Word, not with the preview. */
function docxWriter(): DocxWriter {
  return require(path.join(__dirname, 'docx.js')) as DocxWriter;
}

/** What a document is exported as: the HTML page, or the Word file. */
type Format = 'html' | 'docx';
const FORMATS: Record<Format, { readonly extension: string; readonly filters: { [name: string]: string[] } }> = {
  html: { extension: 'html', filters: { HTML: ['html', 'htm'] } },
  docx: { extension: 'docx', filters: { Word: ['docx'] } },
};

/** `report.budget.yaml` → `report.html` (or `report.docx`), beside it. */
export function exportTarget(source: Uri, format: Format = 'html'): Uri {
  const name = source.path.replace(/^.*\//, '').replace(/(\.budget)?\.ya?ml$/i, '') || 'budget';
  return Uri.joinPath(source, '..', `${name}.${FORMATS[format].extension}`);
}

/**
 * Writes the publishable page of a document (as `budgetdoc render` does) to
 * `target`, or where the user picks in a save dialog. Resolves to the file
 * written, or undefined when the user cancels.
 */
export function exportHtml(source: Uri, target?: Uri): Promise<Uri | undefined> {
  return exportAs(source, 'html', target);
}

/** The same document as a Word file (as `budgetdoc render --format docx` writes it). */
export function exportDocx(source: Uri, target?: Uri): Promise<Uri | undefined> {
  return exportAs(source, 'docx', target);
}

async function exportAs(source: Uri, format: Format, target?: Uri): Promise<Uri | undefined> {
  const to = target ?? await window.showSaveDialog({ defaultUri: exportTarget(source, format), filters: FORMATS[format].filters, saveLabel: t(S.saveLabel) });
  if (!to) return undefined;
  try {
    const document = await workspace.openTextDocument(source);
    const result = check(document.getText(), checkOptionsOf(source));
    const unreadable = cannotExport(result);
    if (unreadable) {
      // Nothing is written: an earlier export stays as it was.
      void window.showErrorMessage(t(S.exportFailed(t(unreadable))));
      return undefined;
    }
    const locale = pageLocale(source);
    const bytes = format === 'docx' ? await docxWriter().renderDocx(result, { locale }) : new TextEncoder().encode(renderDocument(result, { locale, mode: 'export', showFindings: false }));
    await workspace.fs.writeFile(to, bytes);
    void tellExported(to, format, result);
  } catch (e) {
    void window.showErrorMessage(t(S.exportFailed(e instanceof Error ? e.message : String(e))));
    return undefined;
  }
  return to;
}

/**
 * Says where the file was written and, as `budgetdoc render` does, that a document with mistakes is exported as
 * written: how many errors and warnings (counted as the CLI's summary counts them), with the Problems view a click
 * away. Either way the file can be opened from the message.
 */
async function tellExported(to: Uri, format: Format, result: CheckResult): Promise<void> {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  const file = to.fsPath || to.toString();
  const open = t(S.open);
  const problems = t(S.showProblems);
  const chosen = errors + warnings === 0
    ? await window.showInformationMessage(t(S.exported(file)), open)
    : await window.showWarningMessage(t(S.exportedAsWritten(file, format, errors, warnings)), open, problems);
  if (chosen === open) await openExported(to);
  else if (chosen === problems) await commands.executeCommand('workbench.actions.view.problems');
}

/**
 * The exported file in the application the system opens it with (the browser, Word), as VS Code opens a link;
 * where the editor runs elsewhere than its files (remote, the web) that application cannot reach them, and VS Code
 * opens the file itself, as from the Explorer.
 */
async function openExported(file: Uri): Promise<void> {
  if (env.uiKind === UIKind.Desktop && env.remoteName === undefined && file.scheme === 'file' && await env.openExternal(file)) return;
  await commands.executeCommand('vscode.open', file);
}
