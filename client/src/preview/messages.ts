/**
 * The messages between the extension (preview.ts) and the page's script (client/preview-src/), typed once for
 * both, as VS Code's Markdown preview shares its `previewMessaging` types. This module imports nothing: the
 * page's bundle takes it as it is.
 */

/** What the extension tells the page. */
export type ToWebview =
  /** The body in parts (render/document.ts `renderBodyParts`): a new frame, if any, and the activity blocks that changed. */
  | { readonly type: 'patch'; readonly frame?: string; readonly blocks: Readonly<Record<string, string>> }
  /** Show this (fractional) source line at the top. */
  | { readonly type: 'scrollTo'; readonly line: number }
  /** A line over the page saying it shows an earlier version (the text cannot be read now); null takes it away. */
  | { readonly type: 'notice'; readonly text: string | null };

/** What the page tells the extension. */
export type FromWebview =
  /** The page's script runs: messages posted from now on arrive. */
  | { readonly type: 'ready' }
  /** A patch has been applied: the extension may send a large page's next blocks. */
  | { readonly type: 'patched' }
  /** The user scrolled: this (fractional) source line is at the top. */
  | { readonly type: 'revealLine'; readonly line: number }
  /** The user clicked what this source line made. */
  | { readonly type: 'didClick'; readonly line: number };

export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; line?: unknown };
  if (m.type === 'ready' || m.type === 'patched') return true;
  return (m.type === 'revealLine' || m.type === 'didClick') && isLine(m.line);
}

export function isToWebview(value: unknown): value is ToWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as { type?: unknown; line?: unknown; text?: unknown; frame?: unknown; blocks?: unknown };
  switch (m.type) {
    case 'patch':
      return (m.frame === undefined || typeof m.frame === 'string') && typeof m.blocks === 'object' && m.blocks !== null
        && Object.values(m.blocks).every((html) => typeof html === 'string');
    case 'scrollTo': return isLine(m.line);
    case 'notice': return typeof m.text === 'string' || m.text === null;
    default: return false;
  }
}

function isLine(line: unknown): line is number {
  return typeof line === 'number' && Number.isFinite(line) && line >= 0;
}
