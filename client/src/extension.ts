import * as path from 'path';
import { commands, window, workspace, type Disposable, type ExtensionContext, type TextDocument } from 'vscode';
import { LANGUAGE_ID } from './language';
import { watchPlainYaml } from './plainYaml';
import { PREVIEW_VIEW_TYPE } from './preview/viewType';
import type { Session } from './session';

let session: Session | undefined;

/**
 * Every YAML file activates the extension, to offer checking a budget document saved as plain YAML, and most YAML
 * files are not budgets: so activation loads this entry alone (the sniff, a few KB). The language client, the
 * schema and the commands (dist/session.js) load with the first budget document, command, restored preview or
 * YAML file that reads like a budget document.
 */
export async function activate(context: ExtensionContext): Promise<void> {
  // Until then the commands and the preview's restoring are stand-ins that load the session and hand over to it.
  let standIns: Disposable[] = [];
  const load = (): Session => {
    if (session) return session;
    for (const d of standIns) d.dispose();
    standIns = [];
    session = (require(path.join(__dirname, 'session.js')) as typeof import('./session')).start(context);
    return session;
  };

  watchPlainYaml(context, (document) => void load().offerBudgetMode(document));

  const isBudget = (d: TextDocument) => d.languageId === LANGUAGE_ID;
  if (workspace.textDocuments.some(isBudget)) {
    await load().ready;
    return;
  }

  const contributed = (context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } }).contributes?.commands ?? [];
  standIns = [
    ...contributed.map(({ command }) => commands.registerCommand(command, (...args: unknown[]) => {
      load();
      return commands.executeCommand(command, ...args);
    })),
    window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: async (panel, state: unknown) => load().restorePreview(panel, state) }),
  ];
  const waiting = workspace.onDidOpenTextDocument((d) => {
    if (!isBudget(d)) return;
    waiting.dispose();
    load();
  });
  context.subscriptions.push(waiting, { dispose: () => { for (const d of standIns) d.dispose(); } });
}

export function deactivate(): Thenable<void> | undefined {
  return session?.stop();
}
