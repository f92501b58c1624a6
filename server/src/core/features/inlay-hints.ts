import { relationsOf, type CheckResult } from '../check/check';
import { formatFigure } from '../format/decimal';
import { localize, type Locale } from '../locale';
import { evaluate } from '../format/relations';

/** Which totals show their computed sum beside them. */
export type SumHints = 'mismatched' | 'all' | 'off';

/** `Σ 1039.81` placed after a total: the sum its parts give. */
export interface SumHint {
  readonly offset: number;
  readonly label: string;
  readonly tooltip: string;
}

/** Computed sums beside totals: those that disagree, or all of them. */
export function sumHints(result: CheckResult, mode: SumHints, locale: Locale): SumHint[] {
  if (mode === 'off') return [];
  const out: SumHint[] = [];
  const placed = new Set<number>();
  for (const r of relationsOf(result)) {
    if (r.rule !== 'sum-mismatch' || !r.complete) continue;
    const e = evaluate(r);
    if (mode === 'mismatched' && e.agreement !== 'mismatch') continue;
    const node = result.parsed.source.get(r.target.path);
    if (node?.kind !== 'scalar' || placed.has(node.value.end)) continue;
    placed.add(node.value.end);
    out.push({ offset: node.value.end, label: `Σ ${formatFigure(e.expected)}`, tooltip: localize(r.against, locale) });
  }
  return out;
}
