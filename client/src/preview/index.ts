import * as path from 'path';
import { commands, Uri, window, type ExtensionContext, type WebviewPanel } from 'vscode';
import type { PreviewManager } from './previewManager';
import { S, t } from './strings';
import { LANGUAGE_ID } from '../language';
import { PREVIEW_VIEW_TYPE } from './viewType';
import { createPreviewPanel, previewColumn } from './panel';

type PreviewRuntime = typeof import('./runtime');

/**
 * Runs `run` two timers from now. The extension host writes what this turn sent the workbench (the new panel) on a
 * timer of its own and compresses it on the thread pool, and the compressed message leaves on a later turn: work
 * started on the first timer held it back until it ended. Between the two timers the event loop waits for that I/O.
 */
function later(run: () => void): void {
  setTimeout(() => setTimeout(run, 0), 0);
}

/**
 * The preview and export commands, and the restoring of previews after a reload, which it returns for a panel
 * VS Code handed to the extension's entry before this was loaded (extension.ts).
 */
export function registerPreview(context: ExtensionContext): (panel: WebviewPanel, state: unknown) => void {
  let runtime: PreviewRuntime | undefined;
  let manager: PreviewManager | undefined;
  // The renderer is loaded on first use: activation stays light.
  const load = (): PreviewRuntime => (runtime ??= require(path.join(__dirname, 'preview.js')) as PreviewRuntime);
  const previews = (): PreviewManager => {
    if (!manager) {
      manager = new (load().PreviewManager)(context.extensionUri);
      context.subscriptions.push(manager);
    }
    return manager;
  };

  /** The command's argument (editor title buttons pass the file), else the active budget editor or preview. */
  const documentOf = (arg: unknown): Uri | undefined => {
    if (arg instanceof Uri) return arg;
    const editor = window.activeTextEditor;
    if (editor?.document.languageId === LANGUAGE_ID) return editor.document.uri;
    return manager?.activeResource();
  };
  const withDocument = <R>(arg: unknown, run: (uri: Uri) => R): R | undefined => {
    const uri = documentOf(arg);
    if (!uri) {
      void window.showWarningMessage(t(S.noDocument));
      return undefined;
    }
    return run(uri);
  };

  /** Panels made for a document's preview that the renderer has not taken yet (see `show`). */
  const opening = new Map<string, WebviewPanel>();
  /**
   * Shows the document's preview. A new one's panel is made before the renderer is loaded and the text checked,
   * and handed to them once the panel has left for the workbench (`later`), which lays it out and starts its webview
   * while the extension host loads the renderer and checks the text, instead of after.
   */
  const show = (uri: Uri, toSide: boolean): void => {
    const key = uri.toString();
    const pending = opening.get(key);
    if (pending) {
      pending.reveal(previewColumn(toSide), toSide);
      return;
    }
    if (manager?.reveal(uri, toSide)) return;
    const panel = createPreviewPanel(uri, toSide);
    opening.set(key, panel);
    let closed = false;
    const closing = panel.onDidDispose(() => { closed = true; });
    later(() => {
      opening.delete(key);
      closing.dispose();
      if (closed) return;
      try {
        previews().showIn(panel, uri);
      } catch (e) {
        // The renderer could not be loaded or started: no empty panel is left behind.
        panel.dispose();
        void window.showErrorMessage(t(S.previewFailed(e instanceof Error ? e.message : String(e))));
      }
    });
  };

  // Previews open at a reload come back: the page keeps its document's URI in its state (media/preview.js).
  const restore = (panel: WebviewPanel, state: unknown): void => {
    const resource = (state as { resource?: unknown } | undefined)?.resource;
    let uri: Uri | undefined;
    try {
      uri = typeof resource === 'string' ? Uri.parse(resource, true) : undefined;
    } catch {
      uri = undefined;
    }
    if (uri) previews().restore(panel, uri);
    else panel.dispose();
  };

  context.subscriptions.push(
    window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, { deserializeWebviewPanel: async (panel, state: unknown) => restore(panel, state) }),
    commands.registerCommand('budget.showPreview', (arg?: unknown) => { withDocument(arg, (uri) => show(uri, false)); }),
    commands.registerCommand('budget.showPreviewToSide', (arg?: unknown) => { withDocument(arg, (uri) => show(uri, true)); }),
    // From the preview's title bar: back to its document.
    commands.registerCommand('budget.showSource', () => manager?.showSource()),
    // An optional target file, so the command can run without a dialog (tests, tasks).
    commands.registerCommand('budget.exportHtml', (target?: unknown) => withDocument(undefined, (uri) => load().exportHtml(uri, target instanceof Uri ? target : undefined))),
    commands.registerCommand('budget.exportDocx', (target?: unknown) => withDocument(undefined, (uri) => load().exportDocx(uri, target instanceof Uri ? target : undefined))),
  );
  return restore;
}
