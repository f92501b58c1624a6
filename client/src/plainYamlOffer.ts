import * as path from 'path';
import { languages, Uri, window, workspace, WorkspaceEdit, type ExtensionContext, type TextDocument } from 'vscode';
import { L } from '../../server/src/core';
import { LANGUAGE_ID } from './language';
import { DONT_ASK } from './plainYaml';
import { t } from './preview/strings';

const S = {
  offer: (file: string) => L(`${file} 看起来是预算信息公开文件，是否按预算文件检查？`, `${file} looks like a budget disclosure document. Check it as one?`),
  check: L('按预算文件检查', 'Check as Budget YAML'),
  rename: (file: string) => L(`重命名为 ${file}`, `Rename to ${file}`),
  dontAsk: L('不再询问', "Don't Ask Again"),
  renameFailed: (file: string) => L(`无法重命名为 ${file}`, `Could not rename to ${file}`),
};

/** `budget.yaml` → `budget.budget.yaml`, `plan.yml` → `plan.budget.yml`: the names the language is given by. */
function budgetName(file: string): string {
  const ext = path.posix.extname(file);
  return `${file.slice(0, file.length - ext.length)}.budget${ext}`;
}

/**
 * The offer for a YAML file that reads like a budget document (plainYaml.ts tells which), as VS Code's own
 * language recommendations make it: check it as Budget YAML, rename it to `*.budget.yaml` (where its file system
 * can and the name is free), or never ask again in this workspace.
 */
export async function offerBudgetMode(context: ExtensionContext, document: TextDocument): Promise<void> {
  const key = document.uri.toString();
  const file = path.posix.basename(document.uri.path);
  const target = await freeTarget(document.uri);
  const check = t(S.check);
  const rename = target && t(S.rename(path.posix.basename(target.path)));
  const dontAsk = t(S.dontAsk);
  const choice = await window.showInformationMessage(t(S.offer(file)), ...(rename ? [check, rename, dontAsk] : [check, dontAsk]));
  if (choice === check) {
    // The document may have been closed meanwhile: what is open now under its URI.
    const open = workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open && open.languageId !== LANGUAGE_ID) await languages.setTextDocumentLanguage(open, LANGUAGE_ID);
  } else if (choice === rename && target) {
    const edit = new WorkspaceEdit();
    edit.renameFile(document.uri, target, { overwrite: false });
    if (!(await workspace.applyEdit(edit))) void window.showErrorMessage(t(S.renameFailed(path.posix.basename(target.path))));
  } else if (choice === dontAsk) {
    await context.workspaceState.update(DONT_ASK, true);
  }
}

/** Where a rename would go: on a writable file system, beside the file, under a name nothing has. */
async function freeTarget(uri: Uri): Promise<Uri | undefined> {
  if (uri.scheme === 'untitled' || workspace.fs.isWritableFileSystem(uri.scheme) !== true) return undefined;
  const target = Uri.joinPath(uri, '..', budgetName(path.posix.basename(uri.path)));
  if (workspace.textDocuments.some((d) => d.uri.toString() === target.toString())) return undefined;
  try {
    await workspace.fs.stat(target);
    return undefined;
  } catch {
    return target;
  }
}
