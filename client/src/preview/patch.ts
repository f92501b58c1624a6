import type { BodyParts } from '../../../server/src/render';
import type { ToWebview } from './messages';

/**
 * What the page must change to go from one set of parts to the next: the frame when it differs, the blocks that
 * differ, except those in `unsent` (a large page's blocks not sent yet: they go with the filling, see `firstBlocks`).
 */
export function patch(from: BodyParts, to: BodyParts, unsent: ReadonlySet<string> = new Set()): Extract<ToWebview, { type: 'patch' }> {
  const blocks: Record<string, string> = {};
  for (const [id, html] of to.blocks) if (!unsent.has(id) && from.blocks.get(id) !== html) blocks[id] = html;
  return { type: 'patch', ...(from.frame !== to.frame ? { frame: to.frame } : {}), blocks };
}

/** The parts with only some of their blocks (the others' `<tbody>` elements left empty). */
export function withBlocks(parts: BodyParts, keep: (id: string) => boolean): BodyParts {
  return { frame: parts.frame, blocks: new Map([...parts.blocks].filter(([id]) => keep(id))) };
}

/** A page with blocks of at most this much HTML in all is built whole. */
export const WHOLE_PAGE_BYTES = 1_000_000;
/** The HTML of a large page's first blocks, and of each message that sends the rest. */
export const FIRST_BYTES = 300_000;
export const CHUNK_BYTES = 300_000;

/**
 * The blocks a page is built with, and the rest in the order they are to be sent. A large page (at 2,000
 * activities, 13 MB of blocks) is built with the blocks nearest the source line it opens at, so that it shows
 * in a moment rather than after the browser has read and laid out all of it; the rest follows, nearest first.
 */
export function firstBlocks(parts: BodyParts, line: number | undefined): { readonly first: ReadonlySet<string>; readonly rest: readonly string[] } {
  let total = 0;
  for (const html of parts.blocks.values()) total += html.length;
  if (total <= WHOLE_PAGE_BYTES) return { first: new Set(parts.blocks.keys()), rest: [] };
  const at = line ?? 0;
  const ids = [...parts.blocks].map(([id, html]) => ({ id, distance: Math.abs(blockLine(html) - at), size: html.length }))
    .sort((a, b) => a.distance - b.distance);
  const first = new Set<string>();
  let size = 0;
  for (const b of ids) {
    if (size >= FIRST_BYTES) break;
    first.add(b.id);
    size += b.size;
  }
  return { first, rest: ids.filter((b) => !first.has(b.id)).map((b) => b.id) };
}

/** The source line of a block: its first element's, its activity's. */
function blockLine(html: string): number {
  return Number(/data-line="(\d+)"/.exec(html)?.[1] ?? 0);
}

/** Blocks still to send, nearest a source line first (the editor scrolled there). */
export function nearestFirst(parts: BodyParts, ids: readonly string[], line: number): string[] {
  const distance = new Map(ids.map((id) => [id, Math.abs(blockLine(parts.blocks.get(id) ?? '') - line)]));
  return [...ids].sort((a, b) => distance.get(a)! - distance.get(b)!);
}

/**
 * The blocks still to send that an edit changed (`from` is what they were when the page was built, or last
 * compared): they go with the edit's patch, not with the filling, so that typing where the page has not been
 * filled yet shows at once.
 */
export function changedUnsent(from: BodyParts, to: BodyParts, unsent: readonly string[]): Record<string, string> {
  const blocks: Record<string, string> = {};
  for (const id of unsent) {
    const html = to.blocks.get(id);
    if (html !== undefined && from.blocks.get(id) !== html) blocks[id] = html;
  }
  return blocks;
}

/** The next message of blocks still to send, from the newest parts: `CHUNK_BYTES` of them, the first of `rest` first. */
export function nextChunk(parts: BodyParts, rest: string[]): Record<string, string> {
  const blocks: Record<string, string> = {};
  let size = 0;
  while (rest.length > 0 && size < CHUNK_BYTES) {
    const id = rest.shift()!;
    const html = parts.blocks.get(id);
    // An activity removed meanwhile has no block to send.
    if (html === undefined) continue;
    blocks[id] = html;
    size += html.length;
  }
  return blocks;
}
