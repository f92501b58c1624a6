import { L } from '../locale';
import { defineRule } from '../check/rule';
import { checkRelations } from '../check/arithmetic';

/** `income.total` differs from `expenditure.total`: the budget does not balance. */
export const balanceMismatch = defineRule({
  meta: {
    id: 'balance-mismatch',
    severity: 'error',
    scope: 'document',
    fixable: false,
    title: L('收支不平衡', 'Income and expenditure do not balance'),
    description: L('收入总计与支出总计不等', 'income total differs from expenditure total'),
  },
  check: (ctx) => checkRelations(ctx, 'balance-mismatch'),
});
