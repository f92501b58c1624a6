import {
  env, EventEmitter, Position, Selection, TextEditorRevealType, Uri, window, workspace,
  type Disposable, type TextDocument, type TextDocumentChangeEvent, type TextEditor, type WebviewPanel,
} from 'vscode';
import { check, checkAgain, checkOptions, type CheckOptions, type CheckResult, localeOf, recheck, type Region, sameLimits, type Settings } from '../../../server/src/core';
import { fillBody, renderDocument, renderPreview, RenderCache, type BodyParts, type RenderOptions } from '../../../server/src/render';
import { pageLocale, settingsOf, showFindings } from './config';
import { isFromWebview, type FromWebview, type ToWebview } from './messages';
import { regionAfter } from './changes';
import { PAGE_FIRST_CHARS, pageRulesOnly } from './first-check';
import { changedUnsent, firstBlocks, nearestFirst, nextChunk, patch, withBlocks } from './patch';
import { scrollEditorToLine } from './scrolling';
import { previewTitle } from './panel';
import { rehearseKeystrokes, type RehearsedPage } from './rehearsal';
import { nonce, pageMedia, webviewOptions } from './security';
import { S, t } from './strings';
import { Throttle } from './throttle';

/** Typing is re-rendered at most this often: a keystroke after a pause at once, one in a burst with the next render. */
const THROTTLE_MS = 100;
/** After the preview scrolls the editor, the editor's own scroll events are not echoed back for this long. */
const ECHO_MS = 250;
/**
 * A large page's filling waits until typing has paused this long: a message of blocks sent between two keystrokes
 * held the second one's patch up behind it (in code-server, a keystroke's patch arrived with a 300 KB message). At
 * 400 ms, keys typed one at a time that took over ~250 ms to show let a message in before the next key; at 1 s, on a
 * loaded machine where keys were shown ~0.8 s after they were typed, nearly every key came with one.
 */
const FILL_PAUSE_MS = 2000;
/** How long after a full check the preview rehearses keystrokes on it (`rehearseSoon`): a first key comes later. */
const REHEARSAL_DELAY_MS = 250;

/**
 * What a closed preview leaves for the next one of the same document: its last check and the activities it
 * rendered. Opened again, the preview checks the text from that check (nothing, when the text and the settings are
 * the same) and renders only what changed, as for a keystroke.
 */
export interface PreviewState {
  readonly result: CheckResult;
  readonly readable: CheckResult | undefined;
  readonly cache: RenderCache;
}

/**
 * One preview panel of one document: rendered in full once, then patched by
 * message as the user types, so the webview keeps its scroll position and
 * nothing reloads. Each version is checked from the last one (the
 * incremental check) and only the top-level activities whose rendering
 * changed are rendered and sent again.
 */
export class BudgetPreview implements Disposable {
  private readonly disposables: Disposable[] = [];
  private readonly disposed = new EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  /**
   * Renders planned as the document changes: a render already planned takes a later change too, since it reads the
   * document when it runs. (Waiting for typing to stop instead showed nothing of a burst until its end: 0.8–2.2 s at
   * 2,000 activities in code-server.)
   */
  private readonly renders = new Throttle(THROTTLE_MS, () => {
    const whole = this.reloading;
    this.reloading = false;
    void this.update(whole);
  });
  /** When the document last changed, and the filling waiting for typing to pause. */
  private changedAt = 0;
  private fillTimer: ReturnType<typeof setTimeout> | undefined;
  private reloading = false;
  /** The document version last rendered, and the one the panel's page was built from. */
  private renderedVersion = -1;
  private pageVersion = -1;
  /** The source line at the top of the preview, to restore after a reload. */
  private line: number | undefined;
  private echoUntil = 0;
  /** The line the preview last had the editors reveal: the editor's scrolling there is not passed back, however late it comes. */
  private revealed: number | undefined;
  private isDisposed = false;
  /** The last check, to check the next version from. */
  private result: CheckResult | undefined;
  /**
   * Where the text changed since the version last checked, from the editor's change events (`region` undefined
   * when one of them cannot be followed): the incremental check is told it rather than comparing the texts.
   */
  private edits: { readonly from: number; readonly to: number; readonly region: Region | undefined } | undefined;
  /** Rendered activities kept between renders, and the parts the page now shows. */
  private readonly cache: RenderCache;
  private shown: BodyParts | undefined;
  /** The newest parts sent, and the blocks of a large page not sent yet, nearest the line it opened at first (patch.ts). */
  private latest: BodyParts | undefined;
  private unsent: string[] = [];
  /** Whether the page's script has said it is ready (messages sent before may be lost), and the parts waiting for it. */
  private pageReady = false;
  private waiting: { readonly parts: BodyParts; readonly notice: string | null } | undefined;
  /** The last check of a text that could be read, which the page shows while the text cannot be (render/preview.ts). */
  private readable: CheckResult | undefined;
  private notice: string | null = null;
  /** The page shows a check of its own rules alone (first-check.ts): the full check follows, as an update, once the page is ready. */
  private findingsPending = false;
  /** Ends the rehearsal of keystrokes under way, if one is (`rehearseSoon`). */
  private stopRehearsal: () => void = () => {};

  constructor(readonly panel: WebviewPanel, readonly resource: Uri, private readonly extensionUri: Uri, kept?: PreviewState) {
    this.result = kept?.result;
    this.readable = kept?.readable;
    this.cache = kept?.cache ?? new RenderCache();
    panel.webview.options = webviewOptions();
    panel.title = previewTitle(resource);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => { if (isFromWebview(m)) void this.onMessage(m); }),
      // A hidden webview forgets what it was sent: rebuild the page when it shows again.
      panel.onDidChangeViewState(() => { if (panel.visible && this.pageVersion !== this.renderedVersion) void this.update(true); }),
      workspace.onDidChangeTextDocument((e) => {
        if (!this.isPreviewOf(e.document.uri)) return;
        this.track(e);
        this.refresh();
      }),
    );
    void this.update(true);
  }

  /** What the next preview of the document can start from (see `PreviewState`), once a text has been checked. */
  state(): PreviewState | undefined {
    return this.result && { result: this.result, readable: this.readable, cache: this.cache };
  }

  isPreviewOf(uri: Uri): boolean {
    return uri.toString() === this.resource.toString();
  }

  /** Re-render soon; `reload` rebuilds the whole page (settings changed). */
  refresh(reload = false): void {
    // A reload asked for (settings changed) is not lost to a keystroke that follows before it runs.
    this.reloading ||= reload;
    this.changedAt = Date.now();
    this.renders.request();
  }

  /** Adds a change event's changes to the region changed since the version last checked. */
  private track(e: TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const to = e.document.version;
    const edits = this.edits ?? { from: this.renderedVersion, to: this.renderedVersion, region: undefined };
    // Versions go up by one a change: a gap is a change not seen, and the texts are compared instead.
    const followed = edits.to === to - 1 && (edits.region !== undefined || edits.from === edits.to);
    this.edits = { from: edits.from, to, region: followed ? regionAfter(edits.region, e.contentChanges) : undefined };
  }

  /** Follow the editor: show this (fractional) source line at the top. */
  scrollTo(line: number): void {
    if (Date.now() < this.echoUntil || Math.floor(line) === this.revealed) return;
    this.revealed = undefined;
    this.line = line;
    // A large page still filling in: the blocks where the editor now is go next.
    if (this.latest && this.unsent.length > 0) this.unsent = nearestFirst(this.latest, this.unsent, line);
    this.post({ type: 'scrollTo', line });
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.renders.dispose();
    if (this.fillTimer) clearTimeout(this.fillTimer);
    this.stopRehearsal();
    this.disposed.fire();
    this.disposed.dispose();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private options(settings: Settings, findings: boolean): RenderOptions {
    return { mode: 'preview', locale: pageLocale(this.resource), messageLocale: localeOf(settings, env.language), showFindings: findings };
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
    if (!reload && version === this.renderedVersion && !this.findingsPending) return;
    const text = document.getText();
    // The settings read once (they look for the configuration file up the folders): the check's and the messages'.
    const settings = settingsOf(this.resource);
    const checking = checkOptions(settings);
    const edits = this.edits;
    this.edits = undefined;
    const change = edits && edits.from === this.renderedVersion && edits.to === version ? edits.region : undefined;
    // A long text with no check to start from: its page first, from its own rules, and the findings right after.
    const pageFirst = !this.result && text.length >= PAGE_FIRST_CHARS;
    // The findings after such a page: the same text's parse and model stand, under all the rules. Otherwise, under
    // changed settings, recheck checks in full: the last result's findings were told under its own (also those of
    // the page's rules alone, when a keystroke came first).
    const findingsOnly = this.findingsPending && this.result?.parsed.text === text && sameLimits(this.result.options.limits, checking.limits);
    const full = findingsOnly || !this.result;
    const result = findingsOnly ? checkAgain(this.result!, checking)
      : this.result ? recheck(this.result, text, checking, change) : check(text, pageFirst ? pageRulesOnly(checking) : checking);
    this.result = result;
    this.renderedVersion = version;
    this.findingsPending = pageFirst;
    const options = this.options(settings, !pageFirst && showFindings(this.resource));
    const { shown, readable, parts, notice } = renderPreview(result, this.readable, options, this.cache, true);
    this.readable = readable;
    if (reload || !this.panel.visible || !this.shown) {
      const { first, rest } = firstBlocks(parts, this.line);
      const webview = this.panel.webview;
      webview.html = renderDocument(shown, {
        ...options,
        resource: this.resource.toString(),
        nonce: nonce(),
        media: pageMedia(this.extensionUri),
        ...(notice ? { notice } : {}),
      }, fillBody(withBlocks(parts, (id) => first.has(id))));
      this.pageVersion = version;
      // The page was built from these parts: the next update patches it from them, and the filling sends the rest.
      this.shown = withBlocks(parts, (id) => first.has(id));
      this.latest = parts;
      this.unsent = [...rest];
      this.notice = notice;
      this.pageReady = false;
      this.waiting = undefined;
    } else {
      if (this.pageReady) this.send(parts, notice);
      else this.waiting = { parts, notice };
    }
    // A page first: its findings follow once the webview says the page is there (`ready`), since the extension host
    // sends the page (compressed, on its own later turns) only when nothing of ours holds its thread. A keystroke
    // before that takes the same full check.
    if (!pageFirst && full) this.rehearseSoon(result, checking, options);
  }

  /** Keystrokes rehearsed on a full check's result (rehearsal.ts), while it is the preview's and nothing has changed. */
  private rehearseSoon(result: CheckResult, checking: CheckOptions, options: RenderOptions): void {
    this.stopRehearsal();
    const page = (): RehearsedPage | undefined => (this.isDisposed || this.result !== result || this.edits || !this.shown ? undefined
      : { readable: this.readable, cache: this.cache, shown: this.shown, unsent: this.unsent });
    this.stopRehearsal = rehearseKeystrokes(result, checking, options, page, REHEARSAL_DELAY_MS, (e) => {
      console.error(`budget: rehearsing the preview's keystrokes failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    });
  }

  /** Patches the page from what it shows to `parts`, and its notice. */
  private send(parts: BodyParts, notice: string | null): void {
    if (!this.shown) return;
    const edited = this.latest ? changedUnsent(this.latest, parts, this.unsent) : {};
    if (Object.keys(edited).length > 0) this.unsent = this.unsent.filter((id) => !(id in edited));
    const unsent = new Set(this.unsent);
    const message = patch(this.shown, parts, unsent);
    this.post({ ...message, blocks: { ...message.blocks, ...edited } });
    this.shown = withBlocks(parts, (id) => !unsent.has(id));
    this.latest = parts;
    if (notice !== this.notice) this.post({ type: 'notice', text: notice });
    this.notice = notice;
  }

  /** Sends the next of a large page's blocks not sent yet, once the page has applied what it was sent before and typing has paused. */
  private fill(): void {
    if (!this.pageReady || !this.shown || !this.latest || this.unsent.length === 0 || this.isDisposed) return;
    const wait = this.changedAt + FILL_PAUSE_MS - Date.now();
    if (wait > 0) {
      this.fillTimer ??= setTimeout(() => {
        this.fillTimer = undefined;
        this.fill();
      }, wait);
      return;
    }
    const blocks = nextChunk(this.latest, this.unsent);
    this.post({ type: 'patch', blocks });
    this.shown = { frame: this.shown.frame, blocks: new Map([...this.shown.blocks, ...Object.entries(blocks)]) };
  }

  private post(message: ToWebview): void {
    if (!this.isDisposed) void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        if (this.waiting) {
          this.send(this.waiting.parts, this.waiting.notice);
          this.waiting = undefined;
        }
        if (this.line !== undefined) this.post({ type: 'scrollTo', line: this.line });
        if (this.findingsPending) this.renders.request();
        this.fill();
        return;
      case 'patched':
        this.fill();
        return;
      case 'revealLine':
        this.line = message.line;
        this.revealed = Math.floor(message.line);
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
