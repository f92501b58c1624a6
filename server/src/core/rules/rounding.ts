import { formatFigure } from '../format/decimal';
import { L } from '../locale';
import { evaluate, unsettled } from '../format/relations';
import { defineRule } from '../check/rule';
import { formatTolerance, termNotes } from '../check/arithmetic';

/** Figures that differ, but by no more than their stated precision explains. */
export const rounding = defineRule({
  meta: {
    id: 'rounding',
    severity: 'info',
    scope: 'document',
    fixable: false,
    title: L('舍入差异', 'Rounding difference'),
    description: L('数字之差不超过所写精度可以解释的范围', 'figures differ by no more than their stated precision explains'),
  },
  check(ctx) {
    for (const r of unsettled(ctx)) {
      if (!r.complete) continue;
      const e = evaluate(r);
      if (e.agreement !== 'rounding') continue;
      const found = formatFigure(r.target.figure);
      const expected = formatFigure(e.expected);
      const diff = formatFigure(e.difference);
      const tol = formatTolerance(r);
      ctx.report({
        path: r.target.path,
        message: L(`${r.what.zh} ${found} 与${r.against.zh} ${expected} 相差 ${diff}，在所写小数位的舍入误差之内（±${tol}）`,
          `${r.what.en} ${found} differs from ${r.against.en} ${expected} by ${diff}, within the rounding of the figures as written (±${tol})`),
        expected,
        found,
        related: termNotes(r),
      });
    }
  },
});
