import type { CheckResult } from '../check/check';
import { blocks } from '../syntax/locate';

/** A foldable run of lines, zero-based and inclusive. */
export interface Fold {
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * Every mapping, list and block text that spans lines folds from its key's line to its last line; not the
 * document itself (its fold would start at the first key and hide everything).
 */
export function folds(result: CheckResult): Fold[] {
  const { lines } = result;
  const out: Fold[] = [];
  const seen = new Set<number>();
  for (const block of blocks(result.parsed)) {
    if (block.path.length === 0) continue;
    const startLine = lines.position((block.key ?? block.value).start).line;
    let end = block.value.end;
    while (end > block.value.start && /\s/.test(lines.text[end - 1]!)) end--;
    const endLine = lines.position(end).line;
    if (endLine > startLine && !seen.has(startLine)) {
      seen.add(startLine);
      out.push({ startLine, endLine });
    }
  }
  return out;
}
