// The preview webview's only script (admitted by nonce). It swaps in new
// bodies sent by the extension, keeps the scroll position, and maps scroll
// positions and clicks to source lines through the data-line attributes the
// renderer puts on everything made from the document.
// @ts-check
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('bd-root');
  if (!root) return;

  /** Elements with their source line, in document order; rebuilt after every update. */
  let blocks = [];
  function collect() {
    blocks = [];
    for (const el of root.querySelectorAll('[data-line]')) {
      const line = Number(el.getAttribute('data-line'));
      if (Number.isFinite(line)) blocks.push({ el, line });
    }
  }

  /** The document y of an element's top. */
  const topOf = (el) => el.getBoundingClientRect().top + window.scrollY;

  /** The last block at or before a line and the first after it. */
  function around(line) {
    let previous;
    let next;
    for (const b of blocks) {
      if (b.el.getClientRects().length === 0) continue;
      if (b.line <= line && (!previous || b.line > previous.line)) previous = b;
      if (b.line > line && (!next || b.line < next.line)) next = b;
    }
    return { previous, next };
  }

  // Scrolls we cause ourselves are not reported back to the editor.
  let ignoreScrollUntil = 0;

  function scrollToLine(line) {
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
  function lineAtTop() {
    const y = window.scrollY + 4;
    let previous;
    let next;
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

  let scrollTimer;
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

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.html === 'string') {
      const y = window.scrollY;
      // The HTML is the renderer's: every document string in it is escaped.
      root.innerHTML = message.html;
      collect();
      ignoreScrollUntil = Date.now() + 100;
      window.scrollTo(0, y);
    } else if (message.type === 'patch' && message.blocks && typeof message.blocks === 'object') {
      const y = window.scrollY;
      // The HTML is the renderer's: every document string in it is escaped.
      if (typeof message.frame === 'string') {
        // A new frame: the blocks it leaves empty and the message does not carry are the ones already shown.
        const kept = new Map();
        for (const el of root.querySelectorAll('tbody[data-block]')) kept.set(el.id, el);
        root.innerHTML = message.frame;
        for (const el of root.querySelectorAll('tbody[data-block]')) {
          const old = kept.get(el.id);
          if (old && !Object.prototype.hasOwnProperty.call(message.blocks, el.id)) el.replaceWith(old);
        }
      }
      for (const id of Object.keys(message.blocks)) {
        const el = document.getElementById(id);
        if (el && el.matches('tbody[data-block]') && typeof message.blocks[id] === 'string') el.innerHTML = message.blocks[id];
      }
      collect();
      ignoreScrollUntil = Date.now() + 100;
      window.scrollTo(0, y);
    } else if (message.type === 'notice' && (typeof message.text === 'string' || message.text === null)) {
      // Over the page, outside the body that patches replace: the page shows an earlier version, and why.
      let notice = document.querySelector('.bd-notice');
      if (message.text === null) {
        if (notice) notice.remove();
      } else {
        if (!notice) {
          notice = document.createElement('div');
          notice.className = 'bd-notice';
          notice.setAttribute('role', 'status');
          root.before(notice);
        }
        notice.textContent = message.text;
      }
    } else if (message.type === 'scrollTo' && typeof message.line === 'number') {
      scrollToLine(message.line);
    }
  });

  collect();
  const state = vscode.getState();
  // The document this page shows, kept in the state VS Code restores the panel from after a reload.
  vscode.setState({ ...(state && typeof state === 'object' ? state : {}), resource: root.dataset.resource });
  if (state && typeof state.scrollY === 'number') {
    ignoreScrollUntil = Date.now() + 100;
    window.scrollTo(0, state.scrollY);
  }
  vscode.postMessage({ type: 'ready' });
})();
