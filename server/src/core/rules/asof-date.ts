import { L } from '../locale';
import { defineRule } from '../check/rule';
import { replaceScalar } from '../check/edits';

/** `assets.asOf` is not the last day of the year before the budget year. */
export const asofDate = defineRule({
  meta: {
    id: 'asof-date',
    severity: 'warning',
    scope: 'document',
    fixable: true,
    title: L('资产截止日期不是上年末', 'Assets date is not the end of the previous year'),
    description: L('资产统计日期不是上年末', 'the assets date is not the end of the previous year'),
  },
  check(ctx) {
    const { assets, year } = ctx.model.budget;
    if (!assets || year === undefined) return;
    const expected = `${year - 1}-12-31`;
    if (assets.asOf === expected) return;
    const path = ['assets', 'asOf'];
    const edit = replaceScalar(ctx, path, expected);
    ctx.report({
      path,
      message: L(`资产截止日期 ${assets.asOf} 应为预算年度的上年末 ${expected}`, `The assets date ${assets.asOf} should be the last day of the year before the budget year, ${expected}`),
      expected,
      found: assets.asOf,
      ...(edit ? { fix: { title: L(`改为 ${expected}`, `Change to ${expected}`), edits: [edit] } } : {}),
    });
  },
});
