// The preview webview's only script (admitted by nonce), bundled into media/preview.js. It applies the
// patches the extension sends (client/src/preview/preview.ts), keeps the scroll position, and maps scroll
// positions and clicks to source lines through the data-line attributes the renderer puts on everything
// made from the document.
import { isToWebview, type FromWebview, type ToWebview } from '../src/preview/messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: PageState): void;
}
/** What VS Code keeps of the page across a reload: where it was, and the document (the panel's serializer reads it). */
interface PageState {
  readonly scrollY?: number;
  readonly resource?: string | undefined;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const found = document.getElementById('bd-root');
if (found) start(found);

function start(root: HTMLElement): void {
  /** Elements with their source line, in document order; rebuilt after every update. */
  let blocks: { readonly el: Element; readonly line: number }[] = [];
  function collect(): void {
    blocks = [];
    for (const el of root.querySelectorAll('[data-line]')) {
      const line = Number(el.getAttribute('data-line'));
      if (Number.isFinite(line)) blocks.push({ el, line });
    }
  }

  /** The document y of an element's top. */
  const topOf = (el: Element): number => el.getBoundingClientRect().top + window.scrollY;

  /** The last block at or before a line and the first after it. */
  function around(line: number): { previous?: (typeof blocks)[number]; next?: (typeof blocks)[number] } {
    let previous: (typeof blocks)[number] | undefined;
    let next: (typeof blocks)[number] | undefined;
    for (const b of blocks) {
      if (b.el.getClientRects().length === 0) continue;
      if (b.line <= line && (!previous || b.line > previous.line)) previous = b;
      if (b.line > line && (!next || b.line < next.line)) next = b;
    }
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  }

  // Scrolls we cause ourselves are not reported back to the editor.
  let ignoreScrollUntil = 0;

  function scrollToLine(line: number): void {
    const { previous, next } = around(line);
    if (!previous) return;
    let y = topOf(previous.el);
    if (next && next.line > previous.line) {
      const fraction = Math.min(1, (line - previous.line) / (next.line - previous.line));
      y += (topOf(next.el) - y) * fraction;
    }
    ignoreScrollUntil = Date.now() + 100;
    window.scrollTo(0, Math.max(0, y - 4));
  }

  /** The (fractional) source line at the top of the view. */
  function lineAtTop(): number {
    const y = window.scrollY + 4;
    let previous: { line: number; top: number } | undefined;
    let next: { line: number; top: number } | undefined;
    for (const b of blocks) {
      if (b.el.getClientRects().length === 0) continue;
      const top = topOf(b.el);
      if (top <= y && (!previous || top >= previous.top)) previous = { line: b.line, top };
      if (top > y && (!next || top < next.top)) next = { line: b.line, top };
    }
    if (!previous) return next ? next.line : 0;
    if (!next || next.line <= previous.line) return previous.line;
    return previous.line + ((y - previous.top) / (next.top - previous.top)) * (next.line - previous.line);
  }

  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    vscode.setState({ scrollY: window.scrollY, resource: root.dataset.resource });
    if (Date.now() < ignoreScrollUntil) return;
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => vscode.postMessage({ type: 'revealLine', line: lineAtTop() }), 50);
  }, { passive: true });

  document.addEventListener('click', (event) => {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!target) return;
    const line = Number(target.getAttribute('data-line'));
    if (Number.isFinite(line)) vscode.postMessage({ type: 'didClick', line });
  });

  function apply(message: ToWebview): void {
    switch (message.type) {
      case 'patch': {
        const y = window.scrollY;
        // The HTML is the renderer's: every document string in it is escaped.
        if (message.frame !== undefined) {
          // A new frame: the blocks it leaves empty and the message does not carry are the ones already shown.
          const kept = new Map<string, Element>();
          for (const el of root.querySelectorAll('tbody[data-block]')) kept.set(el.id, el);
          root.innerHTML = message.frame;
          for (const el of root.querySelectorAll('tbody[data-block]')) {
            const old = kept.get(el.id);
            if (old && !Object.prototype.hasOwnProperty.call(message.blocks, el.id)) el.replaceWith(old);
          }
        }
        for (const [id, html] of Object.entries(message.blocks)) {
          const el = document.getElementById(id);
          if (el && el.matches('tbody[data-block]')) el.innerHTML = html;
        }
        collect();
        ignoreScrollUntil = Date.now() + 100;
        window.scrollTo(0, y);
        return;
      }
      case 'notice': {
        // Over the page, outside the body that patches replace: the page shows an earlier version, and why.
        let notice = document.querySelector('.bd-notice');
        if (message.text === null) {
          notice?.remove();
          return;
        }
        if (!notice) {
          notice = document.createElement('div');
          notice.className = 'bd-notice';
          notice.setAttribute('role', 'status');
          root.before(notice);
        }
        notice.textContent = message.text;
        return;
      }
      case 'scrollTo':
        scrollToLine(message.line);
        return;
    }
  }

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isToWebview(event.data)) apply(event.data);
  });

  collect();
  const state = vscode.getState();
  const saved = typeof state === 'object' && state !== null ? (state as PageState) : {};
  // The document this page shows, kept in the state VS Code restores the panel from after a reload.
  vscode.setState({ ...saved, resource: root.dataset.resource });
  if (typeof saved.scrollY === 'number') {
    ignoreScrollUntil = Date.now() + 100;
    window.scrollTo(0, saved.scrollY);
  }
  vscode.postMessage({ type: 'ready' });
}
