import { L } from '../locale';
import type { Rule } from '../check/rule';
import { checkRelations } from '../check/arithmetic';

/** `income.total` differs from `expenditure.total`: the budget does not balance. */
export const balanceMismatch: Rule = {
  id: 'balance-mismatch',
  severity: 'error',
  title: L('收支不平衡', 'Income and expenditure do not balance'),
  check: (ctx) => checkRelations(ctx, 'balance-mismatch'),
};
