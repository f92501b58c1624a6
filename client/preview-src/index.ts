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

/** How near the view a waiting block is put into the page. */
const NEAR_PX = 2000;

/** An element made from the document, and the source line it was made from. */
interface Mark {
  readonly el: Element;
  readonly line: number;
}

const vscode = acquireVsCodeApi();
const found = document.getElementById('bd-root');
if (found) start(found);

function start(root: HTMLElement): void {
  /**
   * The elements made from the document with their source lines, in document order and by line: the places of
   * the document the two views scroll each other to. Left out, what stands for other places than its own: the
   * list of problems over the page (each entry a line somewhere), a chart (its bars the rows of a table). Built
   * when first needed after a change, and searched by halves: a large document has a hundred thousand of them,
   * and asking each for its position made the browser lay the whole page out on every scroll and keystroke.
   */
  let marks: { readonly inOrder: readonly Mark[]; readonly byLine: readonly Mark[] } | undefined;
  /**
   * The frame's own elements in page order, with its blocks' <tbody> elements where their rows go: read once per
   * frame. A block's elements are read once per content (`blockMarks`): a keystroke changes one block, and reading
   * every element of the page again to find the one changed took 20–30 ms of the renderer a keystroke at 2,000
   * activities (the workbench's main thread too).
   */
  let skeleton: readonly (Mark | HTMLElement)[] | undefined;
  const blockMarks = new WeakMap<Element, readonly Mark[]>();
  const markOf = (el: Element): Mark | undefined => {
    const line = Number(el.getAttribute('data-line'));
    return Number.isFinite(line) ? { el, line } : undefined;
  };
  function marksOf(block: HTMLElement): readonly Mark[] {
    let own = blockMarks.get(block);
    if (!own) {
      own = [...block.querySelectorAll('[data-line]')].flatMap((el) => markOf(el) ?? []);
      blockMarks.set(block, own);
    }
    return own;
  }
  function indexed(): NonNullable<typeof marks> {
    if (marks) return marks;
    skeleton ??= [...root.querySelectorAll<HTMLElement>('tbody[data-block], [data-line]:not(tbody[data-block] *, .bd-findings, .bd-findings *, .bd-figure, .bd-figure *)')]
      .flatMap((el) => (el.matches('tbody[data-block]') ? el : markOf(el) ?? []));
    const inOrder: Mark[] = [];
    for (const item of skeleton) {
      if ('line' in item) inOrder.push(item);
      else for (const m of marksOf(item)) inOrder.push(m);
    }
    // Stable: among elements of one line, the first in the page comes first (and the page is nearly in line order).
    marks = { inOrder, byLine: [...inOrder].sort((a, b) => a.line - b.line) };
    return marks;
  }
  /** A block's rows replaced: its elements are read again when next needed. */
  function changed(block: Element): void {
    blockMarks.delete(block);
    marks = undefined;
  }

  /** The document y of an element's top. */
  const topOf = (el: Element): number => el.getBoundingClientRect().top + window.scrollY;
  const shown = (m: Mark): boolean => m.el.getClientRects().length > 0;

  /** The number of items before the first for which `after` holds (`after` false, then true, along the list). */
  function count<T>(list: readonly T[], after: (item: T) => boolean): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (after(list[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The first shown element of the last line at or before `line`, and of the first line after it. */
  function around(line: number): { previous?: Mark; next?: Mark } {
    const { byLine } = indexed();
    const split = count(byLine, (m) => m.line > line);
    let previous: Mark | undefined;
    // Line by line back from there, the first element of a line that is shown.
    for (let end = split; end > 0 && !previous;) {
      const at = byLine[end - 1]!.line;
      const start = count(byLine, (m) => m.line >= at);
      previous = byLine.slice(start, end).find(shown);
      end = start;
    }
    const next = byLine.slice(split).find(shown);
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  }

  /**
   * Blocks (a top-level activity's rows) received but not put into the page yet: a large document's page is built
   * with the blocks near the line it opens at, the rest arrives after it, and each is put in only when it comes
   * near the view (`putInNear`, after each scroll, resize and patch). Until then its <tbody> is empty, as tall as
   * its rows are likely to be, so that the browser lays out and paints what is looked at, not a page of thousands
   * of rows.
   */
  const pending = new Map<string, { readonly html: string; readonly line: number }>();
  /** The blocks' <tbody> elements in page order, one under another: the frame's, until a new frame comes. */
  let blockList: readonly HTMLElement[] | undefined;
  const blocksInOrder = (): readonly HTMLElement[] => (blockList ??= [...root.querySelectorAll<HTMLElement>('tbody[data-block]')]);
  let rowHeight: number | undefined;
  const rowsOf = (html: string): number => html.split('<tr').length - 1;

  function putIn(el: Element): void {
    const waiting = pending.get(el.id);
    if (!waiting) return;
    pending.delete(el.id);
    el.innerHTML = waiting.html;
    el.removeAttribute('style');
    changed(el);
  }

  /** A block's new rows: into the page if it shows rows already, else kept until it comes near the view. */
  function place(el: HTMLElement, html: string): void {
    if (el.childElementCount > 0) {
      el.innerHTML = html;
      changed(el);
      return;
    }
    // The height of a row, from a block in the page: the empty ones are given their rows' height meanwhile.
    if (rowHeight === undefined) {
      const shown = [...root.querySelectorAll('tbody[data-block]')].find((b) => b.childElementCount > 0);
      rowHeight = shown ? shown.getBoundingClientRect().height / Math.max(1, shown.childElementCount) : 40;
    }
    pending.set(el.id, { html, line: Number(/data-line="(\d+)"/.exec(html)?.[1] ?? 0) });
    el.style.height = `${Math.round(rowsOf(html) * rowHeight)}px`;
    putInNearSoon();
  }

  /** Puts in the block waiting that holds a source line, so that the line can be scrolled to. */
  function putInAround(line: number): void {
    if (pending.size === 0) return;
    let holder: Element | undefined;
    for (const el of blocksInOrder()) {
      // A block not received yet (empty, not waiting) holds no line the page knows of.
      const first = pending.get(el.id)?.line ?? Number(el.firstElementChild?.getAttribute('data-line') ?? NaN);
      if (!Number.isFinite(first)) continue;
      if (first > line) break;
      holder = el;
    }
    if (holder) {
      putIn(holder);
      if (holder.nextElementSibling) putIn(holder.nextElementSibling);
    }
  }

  /**
   * Where the page last scrolled itself to (the editor's line, a patch keeping the place): the scroll event that
   * brings it there is not reported back to the editor, whenever it comes. A scroll to where the page already is
   * fires no event; the next one the user makes goes elsewhere.
   */
  let ours: number | undefined;
  function scrollOurselves(y: number): void {
    window.scrollTo(0, y);
    ours = window.scrollY;
  }

  /**
   * Puts in every block waiting within `NEAR_PX` of the view now; says whether there was one. The blocks stand one
   * under another, so the first near the view is found by halves: asking each of two thousand waiting blocks where
   * it is (or having an IntersectionObserver watch them all) cost 40–60 ms a keystroke at 2,000 activities.
   */
  function putInNear(): boolean {
    if (pending.size === 0) return false;
    const list = blocksInOrder();
    let any = false;
    for (let i = count(list, (el) => el.getBoundingClientRect().bottom > -NEAR_PX); i < list.length; i++) {
      const el = list[i]!;
      if (el.getBoundingClientRect().top >= window.innerHeight + NEAR_PX) break;
      if (pending.has(el.id)) {
        putIn(el);
        any = true;
      }
    }
    return any;
  }

  /** On the next frame, the blocks waiting that have come near the view (scrolled to, or a block above grew shorter) put in. */
  let nearQueued = false;
  function putInNearSoon(): void {
    if (nearQueued || pending.size === 0) return;
    nearQueued = true;
    requestAnimationFrame(() => {
      nearQueued = false;
      while (putInNear());
    });
  }
  window.addEventListener('resize', putInNearSoon);

  /**
   * The line the editor last asked for, until the user scrolls the page: when the block holding it arrives
   * (a large page filling in), the page scrolls there again.
   */
  let target: number | undefined;

  function scrollToLine(line: number): void {
    target = line;
    // The blocks put in around the target are taller or shorter than they stood: scrolled again until none is.
    for (let pass = 0; pass < 3; pass++) {
      putInAround(line);
      const { previous, next } = around(line);
      if (!previous) return;
      let y = topOf(previous.el);
      if (next && next.line > previous.line) {
        const fraction = Math.min(1, (line - previous.line) / (next.line - previous.line));
        y += (topOf(next.el) - y) * fraction;
      }
      scrollOurselves(Math.max(0, y - 4));
      if (!putInNear()) return;
    }
  }

  /**
   * The (fractional) source line at the top of the view, as VS Code's Markdown preview tells it: the line of the
   * element the view starts in, and how far into it, towards the next. The page's top is the document's (line 0),
   * above the first element too (the list of problems).
   */
  function lineAtTop(): number {
    const y = window.scrollY;
    if (y <= 0) return 0;
    const { inOrder } = indexed();
    // Elements start lower and lower down the page: the last one starting at the top or above it (a pixel's
    // rounding allowed), found by halves.
    const split = count(inOrder, (m) => topOf(m.el) > y + 1);
    const first = inOrder[0];
    if (split === 0) return first ? first.line * Math.min(1, y / Math.max(1, topOf(first.el))) : 0;
    // Of the elements starting there together (a row and its cells, a paragraph and its first run), the
    // outermost: the editor shows the row from its first line.
    const top = topOf(inOrder[split - 1]!.el);
    let at = split - 1;
    while (at > 0 && topOf(inOrder[at - 1]!.el) >= top - 1) at--;
    const previous = inOrder[at]!;
    const next = inOrder[split];
    if (!next || next.line <= previous.line) return previous.line;
    const from = topOf(previous.el);
    const fraction = Math.min(1, Math.max(0, (y - from) / (topOf(next.el) - from)));
    return previous.line + fraction * (next.line - previous.line);
  }

  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('scroll', () => {
    putInNearSoon();
    vscode.setState({ scrollY: window.scrollY, resource: root.dataset.resource });
    if (ours !== undefined && Math.abs(window.scrollY - ours) < 1) return;
    ours = undefined;
    target = undefined;
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
          blockList = undefined;
          skeleton = undefined;
          // A block gone with the frame waits no more; the others are put in when near the view where they now are.
          for (const id of pending.keys()) if (!document.getElementById(id)) pending.delete(id);
          putInNearSoon();
        }
        for (const [id, html] of Object.entries(message.blocks)) {
          const el = document.getElementById(id);
          if (el instanceof HTMLElement && el.matches('tbody[data-block]')) place(el, html);
        }
        // A block shown that grew shorter brings the ones under it nearer the view, with no scroll to say so.
        putInNearSoon();
        marks = undefined;
        scrollOurselves(y);
        if (target !== undefined) scrollToLine(target);
        vscode.postMessage({ type: 'patched' });
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

  const state = vscode.getState();
  const saved = typeof state === 'object' && state !== null ? (state as PageState) : {};
  // The document this page shows, kept in the state VS Code restores the panel from after a reload.
  vscode.setState({ ...saved, resource: root.dataset.resource });
  if (typeof saved.scrollY === 'number') {
    scrollOurselves(saved.scrollY);
  }
  vscode.postMessage({ type: 'ready' });
}
