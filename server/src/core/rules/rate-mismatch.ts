import { formatFigure, percentChange, toNumber, type Figure } from '../format/decimal';
import { valueAt, type YamlPath } from '../syntax/source';
import { L } from '../locale';
import { defineRule, type RuleContext } from '../check/rule';
import { evaluate, relations, shortfall } from '../format/relations';
import { RATE_PATTERN } from '../format/schema';
import { writtenRates } from '../format/shares';
import { computeRate, lastYearOf, parseRate, rateAgrees } from '../format/rates';
import { replaceScalar } from '../check/edits';
import { inDoubt } from '../check/which-figure';

/** `changeRate` disagrees with `(amount − previous) / previous` in value or in sign. */
export const rateMismatch = defineRule({
  meta: {
    id: 'rate-mismatch',
    severity: 'error',
    scope: 'document',
    fixable: true,
    title: L('增减率与金额不符', 'Change rate does not match the figures'),
    description: L('增减率与金额不符（数值或方向）', 'a change rate disagrees with the figures, in value or in sign'),
  },
  check(ctx) {
    for (const line of writtenRates(ctx.model)) {
      const written = valueAt(ctx.model.budget, line.rate);
      if (typeof written !== 'string' || !RATE_PATTERN.test(written)) continue;
      const { amount, change, previous } = lastYearOf((path) => ctx.figure(path), line);
      const stated = parseRate(written);
      if (!amount || !previous || previous.digits <= 0n) {
        // Last year unknown: a change and a rate of opposite signs are wrong all the same.
        if (change && Math.sign(stated.value) !== 0 && Number(change.digits > 0n) - Number(change.digits < 0n) === -Math.sign(stated.value)) {
          const c = formatFigure(change);
          ctx.report({
            path: line.rate,
            message: L(`增减率 ${written} 与增减额 ${c} 方向相反：${change.digits > 0n ? '增加' : '减少'}时增减率应为${change.digits > 0n ? '正' : '负'}数`,
              `Change rate ${written} and the change ${c} point opposite ways: ${change.digits > 0n ? 'an increase has a positive rate' : 'a decrease has a negative rate'}`),
            found: written,
            related: [{ path: line.change, message: L(`增减 ${c}`, `change ${c}`) }],
          });
        }
        continue;
      }
      const computed = computeRate(toNumber(amount), toNumber(previous));
      if (rateAgrees(computed, stated)) continue;
      const expected = `${formatFigure(percentChange(amount, previous, stated.decimals))}%`;
      const exact = `${formatFigure(percentChange(amount, previous, stated.decimals + 2))}%`;
      const flipped = Math.sign(computed) !== 0 && Math.sign(stated.value) === -Math.sign(computed);
      const direction = !flipped ? L('', '') : computed > 0
        ? L('（写成了下降，实为上升）', ' (written as a decrease, but it is an increase)')
        : L('（写成了上升，实为下降）', ' (written as an increase, but it is a decrease)');
      const p = formatFigure(previous);
      const a = formatFigure(amount);
      const edit = replaceScalar(ctx, line.rate, expected);
      const doubt = partsBearOut(ctx, line.previous, amount, stated);
      const figuresInDoubt = [line.amount, line.previous, line.change].some((p) => inDoubt(ctx, p));
      const note = doubt
        ? L(`；但各行${doubt.known ? '已知' : ''}上年数合计为 ${formatFigure(doubt.previous)}，按此算得 ${doubt.rate}，与所写相符：请先核对上年合计`,
          `; but the rows' previous-year figures${doubt.known ? ' known so far' : ''} add up to ${formatFigure(doubt.previous)}, which gives ${doubt.rate}, in line with the rate written: check the previous-year total first`)
        : L('', '');
      ctx.report({
        path: line.rate,
        message: L(`增减率 ${written} 与上年 ${p}、本年 ${a} 算出的 ${exact} 不符，应为 ${expected}${direction.zh}${note.zh}`,
          `Change rate ${written} does not match ${exact} computed from last year ${p} and this year ${a}; it should be ${expected}${direction.en}${note.en}`),
        expected,
        found: written,
        related: [
          { path: line.amount, message: L(`本年 ${a}`, `this year ${a}`) },
          { path: ctx.figure(line.previous) ? line.previous : line.change, message: L(`上年 ${p}`, `last year ${p}`) },
        ],
        // When the parts bear out the written rate, the rate is likely right and the last year wrong: no one-click rate.
        // Nor when this year, last year or the change fails a sum or a change of its own: then the rate may be right.
        ...(edit && !doubt && !figuresInDoubt ? { fix: { title: L(`改为 ${expected}`, `Change to ${expected}`), edits: [edit] } } : {}),
        ...(edit && !doubt && figuresInDoubt ? { suggestions: [{ title: L(`改为 ${expected}（若金额无误）`, `Change to ${expected} (if the figures are right)`), edits: [edit] }] } : {}),
      });
    }
  },
});

/**
 * When a line's last year is itself wrong (its parts add up to another figure: the 三公 rows, a table's child rows)
 * and the written rate agrees with that other figure: the rate may be right and the last year wrong, which the
 * message must say.
 */
function partsBearOut(ctx: RuleContext, previousPath: YamlPath, amount: Figure, stated: { value: number; decimals: number }): { previous: Figure; known: boolean; rate: string } | undefined {
  const at = previousPath.join('.');
  const r = relations(ctx).find((x) => x.rule === 'sum-mismatch' && x.target.path.join('.') === at);
  if (!r) return undefined;
  // The rows' sum, or with a row's last year unknown (none of them negative), the sum of those known when the
  // total falls short of it.
  const rows = r.complete ? (evaluate(r).agreement === 'mismatch' ? evaluate(r).expected : undefined) : shortfall(r)?.known;
  if (!rows || rows.digits <= 0n) return undefined;
  if (!rateAgrees(computeRate(toNumber(amount), toNumber(rows)), stated)) return undefined;
  return { previous: rows, known: !r.complete, rate: `${formatFigure(percentChange(amount, rows, stated.decimals + 2))}%` };
}
