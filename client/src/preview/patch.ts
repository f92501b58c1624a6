import { firstLine, LaterBlocks, type BodyParts } from '../../../server/src/render';
import type { ToWebview } from './messages';

/**
 * What the page must change to go from one set of parts to the next: the frame when it differs, the blocks that
 * differ, except those in `unsent` (a large page's blocks not sent yet: they go with the filling, see `firstBlocks`).
 */
export function patch(from: BodyParts, to: BodyParts, unsent: ReadonlySet<string> = new Set()): Extract<ToWebview, { type: 'patch' }> {
  const blocks: Record<string, string> = {};
  // A block not sent yet is not read: the parts may write their blocks only as they are read (`LaterBlocks`).
  for (const id of to.blocks.keys()) if (!unsent.has(id) && !same(to, from, id)) blocks[id] = to.blocks.get(id)!;
  return { type: 'patch', ...(from.frame !== to.frame ? { frame: to.frame } : {}), blocks };
}

/** Whether a block reads the same in two parts. */
function same(a: BodyParts, b: BodyParts, id: string): boolean {
  return a.blocks instanceof LaterBlocks ? a.blocks.same(id, b.blocks) : a.blocks.get(id) === b.blocks.get(id);
}

/** The source line of a block: its first element's, its activity's. */
function lineOf(parts: BodyParts, id: string): number {
  return parts.blocks instanceof LaterBlocks ? parts.blocks.lineOf(id) ?? 0 : firstLine(parts.blocks.get(id) ?? '');
}

/** The parts with only some of their blocks (the others' `<tbody>` elements left empty); only those are read. */
export function withBlocks(parts: BodyParts, keep: (id: string) => boolean): BodyParts {
  return { frame: parts.frame, blocks: new Map([...parts.blocks.keys()].filter(keep).map((id) => [id, parts.blocks.get(id)!])) };
}

/** A page with blocks of at most this much HTML in all is built whole. */
export const WHOLE_PAGE_BYTES = 1_000_000;
/**
 * The HTML of a large page's first blocks (some 160 rows: the view and the 2,000 px around it that the page fills
 * in, media/preview.js; 300 KB took the browser twice as long to read and lay out), and of each message that sends
 * the rest (a keystroke that comes while one is on its way waits for it: half of 300 KB, it waits half as long).
 */
export const FIRST_BYTES = 150_000;
export const CHUNK_BYTES = 150_000;

/**
 * The blocks a page is built with, and the rest in the order they are to be sent. A large page (at 2,000
 * activities, 13 MB of blocks) is built with the blocks nearest the source line it opens at, so that it shows
 * in a moment rather than after the browser has read and laid out all of it; the rest follows, nearest first.
 * Large: its blocks make more than `WHOLE_PAGE_BYTES`, or would at the size of those read for the first ones.
 */
export function firstBlocks(parts: BodyParts, line: number | undefined): { readonly first: ReadonlySet<string>; readonly rest: readonly string[] } {
  const at = line ?? 0;
  const ids = [...parts.blocks.keys()].map((id) => ({ id, distance: Math.abs(lineOf(parts, id) - at) }))
    .sort((a, b) => a.distance - b.distance);
  // Nearest first, each block read (written) only until the first are chosen and the page is known, or expected
  // from the blocks read so far, to be large: at 2,000 activities, writing blocks until they made a whole page's
  // bytes wrote six times the first page's, 140 ms of a first open before the page could leave.
  const first = new Set<string>();
  let size = 0;
  let total = 0;
  let large = false;
  for (const [read, b] of ids.entries()) {
    if (size >= FIRST_BYTES && (total > WHOLE_PAGE_BYTES || (total / read) * ids.length > WHOLE_PAGE_BYTES)) {
      large = true;
      break;
    }
    const length = parts.blocks.get(b.id)!.length;
    total += length;
    if (size < FIRST_BYTES) {
      first.add(b.id);
      size += length;
    }
  }
  if (!large && total <= WHOLE_PAGE_BYTES) return { first: new Set(parts.blocks.keys()), rest: [] };
  return { first, rest: ids.filter((b) => !first.has(b.id)).map((b) => b.id) };
}

/** Blocks still to send, nearest a source line first (the editor scrolled there). */
export function nearestFirst(parts: BodyParts, ids: readonly string[], line: number): string[] {
  const distance = new Map(ids.map((id) => [id, Math.abs(lineOf(parts, id) - line)]));
  return [...ids].sort((a, b) => distance.get(a)! - distance.get(b)!);
}

/**
 * The blocks still to send that an edit changed (`from` is what they were when the page was built, or last
 * compared): they go with the edit's patch, not with the filling, so that typing where the page has not been
 * filled yet shows at once.
 */
export function changedUnsent(from: BodyParts, to: BodyParts, unsent: readonly string[]): Record<string, string> {
  const blocks: Record<string, string> = {};
  for (const id of unsent) if (to.blocks.has(id) && !same(to, from, id)) blocks[id] = to.blocks.get(id)!;
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
