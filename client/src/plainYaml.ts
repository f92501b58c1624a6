import { Position, Range, window, type ExtensionContext, type TextDocument } from 'vscode';
import { looksLikeBudget, SNIFF_HEAD_CHARS } from '../../server/src/core/format/sniff';

/** The workspace's answer "Don't ask again". */
export const DONT_ASK = 'budget.plainYaml.dontAsk';

/**
 * Calls `offer` for a YAML file the user sees that reads like a budget document (its first top-level keys, see
 * `looksLikeBudget`), once a file a session, unless the workspace said not to ask (plainYamlOffer.ts makes the
 * offer). It runs in the extension's entry, before anything else is loaded: the sniff alone, no parse and no schema.
 */
export function watchPlainYaml(context: ExtensionContext, offer: (document: TextDocument) => void): void {
  const asked = new Set<string>();
  const consider = (document: TextDocument): void => {
    if (document.languageId !== 'yaml' || context.workspaceState.get<boolean>(DONT_ASK)) return;
    const key = document.uri.toString();
    if (asked.has(key)) return;
    asked.add(key);
    if (looksLikeBudget(document.getText(new Range(new Position(0, 0), document.positionAt(SNIFF_HEAD_CHARS))))) offer(document);
  };
  const considerVisible = () => {
    for (const editor of window.visibleTextEditors) consider(editor.document);
  };
  context.subscriptions.push(window.onDidChangeVisibleTextEditors(considerVisible));
  considerVisible();
}
