import type { BodyParts } from '../../../server/src/render';
import type { ToWebview } from './messages';

/** What the page must change to go from one set of parts to the next: the frame when it differs, the blocks that differ. */
export function patch(from: BodyParts, to: BodyParts): ToWebview {
  const blocks: Record<string, string> = {};
  for (const [id, html] of to.blocks) if (from.blocks.get(id) !== html) blocks[id] = html;
  return { type: 'patch', ...(from.frame !== to.frame ? { frame: to.frame } : {}), blocks };
}
