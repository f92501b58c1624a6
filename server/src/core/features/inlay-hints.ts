import { relationsOf, type CheckResult } from '../check/check';
import { formatFigure } from '../format/decimal';
import { localize, type Locale } from '../locale';
import { evaluate } from '../format/relations';
import { figureAt } from '../format/figures';
import { valueAt } from '../syntax/source';
import { percentDecimals, shareOf } from '../format/computed';
import { shares } from '../format/shares';

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

/** Which lines show their computed share beside their amount. */
export type ShareHints = 'all' | 'off';

/**
 * `占 79.36%` after a line's amount: its share of its whole (docs/format.md's table of wholes) as the figures give it, at
 * the decimals of the share written beside it, else to hundredths.
 */
export function shareHints(result: CheckResult, mode: ShareHints, locale: Locale): SumHint[] {
  if (mode === 'off') return [];
  const out: SumHint[] = [];
  const placed = new Set<number>();
  for (const s of shares(result.model)) {
    const node = result.parsed.source.get(s.part);
    if (node?.kind !== 'scalar' || placed.has(node.value.end)) continue;
    const part = figureAt(result.parsed, s.part);
    const whole = figureAt(result.parsed, s.whole);
    const share = part && whole && shareOf(part, whole, percentDecimals(valueAt(result.parsed.data, s.share)));
    if (!share) continue;
    placed.add(node.value.end);
    const percent = `${formatFigure(share)}%`;
    out.push({ offset: node.value.end, label: localize({ zh: `占 ${percent}`, en: `${percent} share` }, locale), tooltip: localize({ zh: `${s.name.zh} ÷ ${s.wholeName.zh}`, en: `${s.name.en} ÷ ${s.wholeName.en}` }, locale) });
  }
  return out.sort((a, b) => a.offset - b.offset);
}
