import * as path from 'path';
import { ViewColumn, window, type Uri, type WebviewPanel } from 'vscode';
import { webviewOptions } from './security';
import { S, t } from './strings';
import { PREVIEW_VIEW_TYPE } from './viewType';

/**
 * The column a preview is shown in: beside the editor, or the active one. Its own module, beside the panel's
 * making, so that the extension's entry can make a panel without loading the preview (index.ts).
 */
export function previewColumn(toSide: boolean): ViewColumn {
  return toSide ? ViewColumn.Beside : (window.activeTextEditor?.viewColumn ?? ViewColumn.Active);
}

/** The title of a document's preview panel. */
export function previewTitle(resource: Uri): string {
  return t(S.previewTitle(path.basename(resource.fsPath || resource.path)));
}

/** A new, still empty preview panel of a document, titled for it. */
export function createPreviewPanel(resource: Uri, toSide: boolean): WebviewPanel {
  return window.createWebviewPanel(PREVIEW_VIEW_TYPE, previewTitle(resource), { viewColumn: previewColumn(toSide), preserveFocus: toSide }, webviewOptions());
}
