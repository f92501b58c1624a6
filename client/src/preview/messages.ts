import type { BodyParts } from '../../../server/src/render';

/** What the extension tells the webview (media/preview.js). */
export type ToWebview =
  | { readonly type: 'update'; readonly html: string }
  /** The body in parts (render/document.ts `renderBodyParts`): a new frame, if any, and the activity blocks that changed. */
  | { readonly type: 'patch'; readonly frame?: string; readonly blocks: Readonly<Record<string, string>> }
  | { readonly type: 'scrollTo'; readonly line: number }
  /** A line over the page saying it shows an earlier version (the text cannot be read now); null takes it away. */
  | { readonly type: 'notice'; readonly text: string | null };

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

/** What the page must change to go from one set of parts to the next: the frame when it differs, the blocks that differ. */
export function patch(from: BodyParts, to: BodyParts): ToWebview {
  const blocks: Record<string, string> = {};
  for (const [id, html] of to.blocks) if (from.blocks.get(id) !== html) blocks[id] = html;
  return { type: 'patch', ...(from.frame !== to.frame ? { frame: to.frame } : {}), blocks };
}
