import { Uri, window, workspace } from 'vscode';
import { check } from '../../../server/src/core';
import { cannotExport, renderDocument } from '../../../server/src/render';
import { renderDocx } from '../../../server/src/render/docx';
import { checkOptionsOf, pageLocale } from './config';
import { S, t } from './strings';

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
    const bytes = format === 'docx' ? await renderDocx(result, { locale }) : new TextEncoder().encode(renderDocument(result, { locale, mode: 'export', showFindings: false }));
    await workspace.fs.writeFile(to, bytes);
  } catch (e) {
    void window.showErrorMessage(t(S.exportFailed(e instanceof Error ? e.message : String(e))));
    return undefined;
  }
  void window.showInformationMessage(t(S.exported(to.fsPath || to.toString())));
  return to;
}
