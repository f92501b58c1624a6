import * as path from 'path';
import { commands, Uri, window, workspace, type ExtensionContext, type OutputChannel } from 'vscode';
import { L } from '../../../server/src/core';
import { uiLocale } from '../preview/config';
import { t } from '../preview/strings';

type ImportRuntime = typeof import('../../../server/src/import');

const S = {
  openLabel: L('导入', 'Import'),
  filter: L('Word、Excel 或文本', 'Word, Excel or text'),
  exists: (file: string) => L(`${file} 已存在，是否替换？`, `${file} exists. Replace it?`),
  replace: L('替换', 'Replace'),
  failed: (file: string, reason: string) => L(`无法导入 ${file}：${reason}`, `Could not import ${file}: ${reason}`),
  showReport: L('查看导入报告', 'Show Import Report'),
  channel: L('预算导入', 'Budget Import'),
};

/**
 * **Budget: Import Document…**: a disclosure in Word, Excel or text, picked (or given as the command's argument),
 * read into a budget document written beside it and opened; what was read and kept is told in a notification, and
 * in full in an output panel.
 */
export function registerImport(context: ExtensionContext): void {
  let runtime: ImportRuntime | undefined;
  let channel: OutputChannel | undefined;
  const load = (): ImportRuntime => (runtime ??= require(path.join(__dirname, 'importer.js')) as ImportRuntime);

  context.subscriptions.push(commands.registerCommand('budget.importDocument', async (arg?: unknown) => {
    const source = arg instanceof Uri ? arg : (await window.showOpenDialog({ canSelectMany: false, openLabel: t(S.openLabel), filters: { [t(S.filter)]: ['docx', 'xlsx', 'txt'] } }))?.[0];
    if (!source) return undefined;
    const name = path.posix.basename(source.path);
    let imported: Awaited<ReturnType<ImportRuntime['importFile']>>;
    try {
      imported = await load().importFile(await workspace.fs.readFile(source), name);
    } catch (e) {
      void window.showErrorMessage(t(S.failed(name, e instanceof Error ? e.message.split('\n')[0]! : String(e))));
      return undefined;
    }
    const target = Uri.joinPath(source, '..', imported.target);
    const exists = await workspace.fs.stat(target).then(() => true, () => false);
    // A test passes the source: it replaces without asking.
    if (exists && !(arg instanceof Uri) && (await window.showWarningMessage(t(S.exists(imported.target)), { modal: true }, t(S.replace))) !== t(S.replace)) return undefined;
    await workspace.fs.writeFile(target, new TextEncoder().encode(imported.yaml));
    await window.showTextDocument(await workspace.openTextDocument(target), { preview: false });
    const locale = uiLocale(target);
    void window.showInformationMessage(t(imported.summary), t(S.showReport)).then((choice) => {
      if (choice !== t(S.showReport)) return;
      channel ??= window.createOutputChannel(t(S.channel));
      channel.clear();
      channel.append(imported.details(locale));
      channel.show(true);
    });
    return target;
  }));
}
