/** What the extension tells the webview (media/preview.js). */
export type ToWebview =
  | { readonly type: 'update'; readonly html: string }
  | { readonly type: 'scrollTo'; readonly line: number };

/** What the webview tells the extension. */
export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'revealLine'; readonly line: number }
  | { readonly type: 'didClick'; readonly line: number };

export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; line?: unknown };
  if (m.type === 'ready') return true;
  return (m.type === 'revealLine' || m.type === 'didClick') && typeof m.line === 'number' && Number.isFinite(m.line) && m.line >= 0;
}
