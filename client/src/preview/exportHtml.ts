import { Uri, window, workspace } from 'vscode';
import { check } from '../../../server/src/core/check/check';
import { cannotExport, renderDocument } from '../../../server/src/render';
import { checkOptionsOf, pageLocale, S, t } from './strings';

/** `report.budget.yaml` → `report.html`, beside it. */
export function exportTarget(source: Uri): Uri {
  const name = source.path.replace(/^.*\//, '').replace(/(\.budget)?\.ya?ml$/i, '') || 'budget';
  return Uri.joinPath(source, '..', `${name}.html`);
}

/**
 * Writes the publishable page of a document (as `budgetdoc render` does) to
 * `target`, or where the user picks in a save dialog. Resolves to the file
 * written, or undefined when the user cancels.
 */
export async function exportHtml(source: Uri, target?: Uri): Promise<Uri | undefined> {
  const to = target ?? await window.showSaveDialog({ defaultUri: exportTarget(source), filters: { HTML: ['html', 'htm'] }, saveLabel: t(S.saveLabel) });
  if (!to) return undefined;
  try {
    const document = await workspace.openTextDocument(source);
    const result = check(document.getText(), checkOptionsOf(source));
    const unreadable = cannotExport(result);
    if (unreadable) {
      void window.showErrorMessage(t(S.exportFailed(t(unreadable))));
      return undefined;
    }
    const html = renderDocument(result, { locale: pageLocale(source), mode: 'export', showFindings: false });
    await workspace.fs.writeFile(to, new TextEncoder().encode(html));
  } catch (e) {
    void window.showErrorMessage(t(S.exportFailed(e instanceof Error ? e.message : String(e))));
    return undefined;
  }
  void window.showInformationMessage(t(S.exported(to.fsPath || to.toString())));
  return to;
}
