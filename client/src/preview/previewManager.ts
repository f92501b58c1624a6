import { window, workspace, type Disposable, type TextEditor, type Uri, type WebviewPanel } from 'vscode';
import { CONFIG_NAMES } from '../../../server/src/core';
import { BudgetPreview, type PreviewState } from './preview';
import { visibleLine } from './scrolling';
import { previewColumn } from './panel';

/** Editor scrolling is passed on at most this often. */
const SCROLL_THROTTLE_MS = 50;

/** Owns the preview panels: one per document, found again rather than opened twice. */
export class PreviewManager implements Disposable {
  private readonly previews = new Map<string, BudgetPreview>();
  private readonly disposables: Disposable[] = [];
  private readonly pendingScroll = new Map<string, number>();
  /** The preview last focused, so that commands run from it know their document. */
  private active: BudgetPreview | undefined;
  /**
   * The state of the preview closed last, while its document stays open: opened again, the preview starts from it
   * instead of checking and rendering the whole document anew (one document's, so that what is kept is bounded).
   */
  private closed: { readonly uri: string; readonly state: PreviewState } | undefined;

  constructor(private readonly extensionUri: Uri) {
    this.disposables.push(
      window.onDidChangeTextEditorVisibleRanges((e) => {
        const preview = this.previews.get(e.textEditor.document.uri.toString());
        const line = visibleLine(e.textEditor);
        if (preview && line !== undefined) this.scrollSoon(preview, line);
      }),
      workspace.onDidChangeConfiguration((e) => {
        if (['budget.preview', 'budget.locale', 'budget.rules', 'budget.limits'].some((s) => e.affectsConfiguration(s))) this.reloadAll();
      }),
      workspace.onDidCloseTextDocument((d) => { if (this.closed?.uri === d.uri.toString()) this.closed = undefined; }),
    );
    // A project configuration written, changed or deleted: the previews below it check under it.
    const watcher = workspace.createFileSystemWatcher(`**/{${CONFIG_NAMES.join(',')}}`);
    this.disposables.push(watcher, watcher.onDidCreate(() => this.reloadAll()), watcher.onDidChange(() => this.reloadAll()), watcher.onDidDelete(() => this.reloadAll()));
  }

  private reloadAll(): void {
    for (const p of this.previews.values()) p.refresh(true);
  }

  /** Reveals the document's preview, in the active column or beside it, if it has one. */
  reveal(resource: Uri, toSide: boolean): BudgetPreview | undefined {
    const existing = this.previews.get(resource.toString());
    existing?.panel.reveal(previewColumn(toSide), toSide);
    return existing;
  }

  /** The document's preview in a panel just made for it (`createPreviewPanel`), scrolled to where its editor is. */
  showIn(panel: WebviewPanel, resource: Uri): BudgetPreview {
    const existing = this.previews.get(resource.toString());
    if (existing) {
      panel.dispose();
      existing.panel.reveal();
      return existing;
    }
    const preview = this.adopt(panel, resource);
    const editor = window.visibleTextEditors.find((e) => e.document.uri.toString() === resource.toString());
    const line = editor && visibleLine(editor);
    if (line !== undefined) preview.scrollTo(line);
    return preview;
  }

  /** A preview VS Code kept across a reload (or reopened after closing), handed back by the serializer. */
  restore(panel: WebviewPanel, resource: Uri): BudgetPreview {
    const existing = this.previews.get(resource.toString());
    if (existing) {
      // Already shown: the restored panel would be a second one of the same document.
      panel.dispose();
      existing.panel.reveal();
      return existing;
    }
    return this.adopt(panel, resource);
  }

  private adopt(panel: WebviewPanel, resource: Uri): BudgetPreview {
    const key = resource.toString();
    const kept = this.closed?.uri === key ? this.closed.state : undefined;
    if (kept) this.closed = undefined;
    const preview = new BudgetPreview(panel, resource, this.extensionUri, kept);
    this.previews.set(key, preview);
    this.active = preview;
    preview.onDidDispose(() => {
      this.previews.delete(key);
      if (this.active === preview) this.active = undefined;
      const state = preview.state();
      if (state && workspace.textDocuments.some((d) => d.uri.toString() === key)) this.closed = { uri: key, state };
    });
    panel.onDidChangeViewState(() => { if (panel.active) this.active = preview; });
    return preview;
  }

  /** The document of the focused preview, if a preview has focus. */
  activeResource(): Uri | undefined {
    return this.active?.panel.active ? this.active.resource : undefined;
  }

  /** Opens the focused preview's document in the preview's column, as Markdown's "Open Source" does. */
  async showSource(): Promise<TextEditor | undefined> {
    const preview = this.active?.panel.active ? this.active : undefined;
    if (!preview) return undefined;
    return window.showTextDocument(await workspace.openTextDocument(preview.resource), preview.panel.viewColumn);
  }

  dispose(): void {
    for (const p of [...this.previews.values()]) p.dispose();
    // After the previews: each one closing leaves its state here.
    this.closed = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private scrollSoon(preview: BudgetPreview, line: number): void {
    const key = preview.resource.toString();
    const pending = this.pendingScroll.has(key);
    this.pendingScroll.set(key, line);
    if (pending) return;
    setTimeout(() => {
      const latest = this.pendingScroll.get(key);
      this.pendingScroll.delete(key);
      if (latest !== undefined) preview.scrollTo(latest);
    }, SCROLL_THROTTLE_MS);
  }
}
