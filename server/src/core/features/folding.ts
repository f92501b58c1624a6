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
 *
 * With a `limit` (the client's `rangeLimit`; VS Code's is 5,000, its `editor.foldingMaximumRegions`), the folds kept
 * are those VS Code would keep of them all: every fold of the outer levels that fit whole, then the first of the
 * next level up to the limit. A 2,000-activity document has 28,000 folds, 1 MB of JSON a version, of which VS Code
 * shows 5,000.
 */
export function folds(result: CheckResult, limit = Infinity): Fold[] {
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
  return out.length > limit ? outermost(out, limit) : out;
}

/** The folds of the outermost levels, `limit` of them, in document order (VS Code's `RangesCollector`). */
function outermost(all: readonly Fold[], limit: number): Fold[] {
  const levels = new Array<number>(all.length);
  const counts: number[] = [];
  const open: Fold[] = [];
  for (let i = 0; i < all.length; i++) {
    const fold = all[i]!;
    while (open.length > 0 && open[open.length - 1]!.endLine < fold.startLine) open.pop();
    levels[i] = open.length;
    counts[open.length] = (counts[open.length] ?? 0) + 1;
    open.push(fold);
  }
  let kept = 0;
  let cut = counts.length;
  for (let level = 0; level < counts.length; level++) {
    if (kept + counts[level]! > limit) {
      cut = level;
      break;
    }
    kept += counts[level]!;
  }
  return all.filter((_, i) => levels[i]! < cut || (levels[i] === cut && kept++ < limit));
}
