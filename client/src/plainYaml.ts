import * as path from 'path';
import { languages, Position, Range, Uri, window, workspace, WorkspaceEdit, type ExtensionContext, type TextDocument } from 'vscode';
import { L, looksLikeBudget, SNIFF_HEAD_CHARS } from '../../server/src/core';
import { LANGUAGE_ID } from './language';
import { t } from './preview/strings';

/** The workspace's answer "Don't ask again". */
const DONT_ASK = 'budget.plainYaml.dontAsk';

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
 * A YAML file the user sees that reads like a budget document (its first top-level keys, see `looksLikeBudget`)
 * gets one offer, as VS Code's own language recommendations do: check it as Budget YAML, rename it to
 * `*.budget.yaml` (where its file system can and the name is free), or never ask again in this workspace.
 * Each file is asked about once a session.
 */
export function registerPlainYamlOffer(context: ExtensionContext): void {
  const asked = new Set<string>();

  const consider = async (document: TextDocument): Promise<void> => {
    if (document.languageId !== 'yaml' || context.workspaceState.get<boolean>(DONT_ASK)) return;
    const key = document.uri.toString();
    if (asked.has(key)) return;
    asked.add(key);
    if (!looksLikeBudget(document.getText(new Range(new Position(0, 0), document.positionAt(SNIFF_HEAD_CHARS))))) return;

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
  };

  const considerVisible = () => {
    for (const editor of window.visibleTextEditors) void consider(editor.document);
  };
  context.subscriptions.push(window.onDidChangeVisibleTextEditors(considerVisible));
  considerVisible();
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
