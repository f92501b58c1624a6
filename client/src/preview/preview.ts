import * as path from 'path';
import {
  EventEmitter, Position, Selection, TextEditorRevealType, Uri, window, workspace,
  type Disposable, type TextDocument, type TextEditor, type WebviewPanel,
} from 'vscode';
import { check } from '../../../server/src/core/check';
import { renderBody, renderDocument, type RenderOptions } from '../../../server/src/render';
import { isFromWebview, type FromWebview, type ToWebview } from './messages';
import { scrollEditorToLine } from './scrolling';
import { mediaRoot, nonce, webviewOptions } from './security';
import { S, t, uiLocale } from './strings';

/** Typing is re-rendered at most this often. */
const DEBOUNCE_MS = 200;
/** After the preview scrolls the editor, the editor's own scroll events are not echoed back for this long. */
const ECHO_MS = 250;

/**
 * One preview panel of one document: rendered in full once, then updated by
 * message with the new body as the user types, so the webview keeps its
 * scroll position and nothing reloads.
 */
export class BudgetPreview implements Disposable {
  private readonly disposables: Disposable[] = [];
  private readonly disposed = new EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The document version last rendered, and the one the panel's page was built from. */
  private renderedVersion = -1;
  private pageVersion = -1;
  /** The source line at the top of the preview, to restore after a reload. */
  private line: number | undefined;
  private echoUntil = 0;
  private isDisposed = false;

  constructor(readonly panel: WebviewPanel, readonly resource: Uri, private readonly extensionUri: Uri) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.title = t(S.previewTitle(path.basename(resource.fsPath || resource.path)));
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => { if (isFromWebview(m)) void this.onMessage(m); }),
      // A hidden webview forgets what it was sent: rebuild the page when it shows again.
      panel.onDidChangeViewState(() => { if (panel.visible && this.pageVersion !== this.renderedVersion) void this.update(true); }),
      workspace.onDidChangeTextDocument((e) => { if (this.isPreviewOf(e.document.uri)) this.refresh(); }),
    );
    void this.update(true);
  }

  isPreviewOf(uri: Uri): boolean {
    return uri.toString() === this.resource.toString();
  }

  /** Re-render soon; `reload` rebuilds the whole page (settings changed). */
  refresh(reload = false): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; void this.update(reload); }, DEBOUNCE_MS);
  }

  /** Follow the editor: show this (fractional) source line at the top. */
  scrollTo(line: number): void {
    if (Date.now() < this.echoUntil) return;
    this.line = line;
    this.post({ type: 'scrollTo', line });
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.disposed.fire();
    this.disposed.dispose();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private options(): Omit<RenderOptions, 'mode'> {
    const showFindings = workspace.getConfiguration('budget.preview', this.resource).get<boolean>('showFindings', true);
    return { locale: uiLocale(), showFindings };
  }

  private async update(reload: boolean): Promise<void> {
    let document: TextDocument;
    try {
      document = await workspace.openTextDocument(this.resource);
    } catch {
      if (!this.isDisposed) void window.showErrorMessage(t(S.cannotOpen(this.resource.toString())));
      return;
    }
    if (this.isDisposed) return;
    const version = document.version;
    if (!reload && version === this.renderedVersion) return;
    const result = check(document.getText());
    this.renderedVersion = version;
    if (reload || !this.panel.visible) {
      const webview = this.panel.webview;
      const media = mediaRoot(this.extensionUri);
      webview.html = renderDocument(result, {
        ...this.options(),
        mode: 'preview',
        nonce: nonce(),
        cspSource: webview.cspSource,
        stylesheets: [webview.asWebviewUri(Uri.joinPath(media, 'preview.css')).toString()],
        scripts: [webview.asWebviewUri(Uri.joinPath(media, 'preview.js')).toString()],
      });
      this.pageVersion = version;
    } else {
      this.post({ type: 'update', html: renderBody(result, { ...this.options(), mode: 'preview' }) });
    }
  }

  private post(message: ToWebview): void {
    if (!this.isDisposed) void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        if (this.line !== undefined) this.post({ type: 'scrollTo', line: this.line });
        return;
      case 'revealLine':
        this.line = message.line;
        for (const editor of this.editors()) {
          this.echoUntil = Date.now() + ECHO_MS;
          scrollEditorToLine(message.line, editor);
        }
        return;
      case 'didClick':
        await this.revealSource(Math.floor(message.line));
        return;
    }
  }

  private editors(): TextEditor[] {
    return window.visibleTextEditors.filter((e) => this.isPreviewOf(e.document.uri));
  }

  /** Puts the cursor on a source line, in the editor already showing the document if there is one. */
  private async revealSource(line: number): Promise<void> {
    const visible = this.editors()[0];
    let editor: TextEditor;
    try {
      editor = visible
        ? await window.showTextDocument(visible.document, visible.viewColumn)
        : await window.showTextDocument(await workspace.openTextDocument(this.resource));
    } catch {
      void window.showErrorMessage(t(S.cannotOpen(this.resource.toString())));
      return;
    }
    const target = Math.min(line, editor.document.lineCount - 1);
    const position = new Position(target, editor.document.lineAt(target).firstNonWhitespaceCharacterIndex);
    editor.selection = new Selection(position, position);
    editor.revealRange(editor.selection, TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
