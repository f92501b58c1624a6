import { L } from '../locale';
import { defineRule } from '../check/rule';
import { checkRelations } from '../check/arithmetic';

/** A total is not the sum of its parts, beyond what stated precision explains. */
export const sumMismatch = defineRule({
  meta: {
    id: 'sum-mismatch',
    severity: 'error',
    scope: 'document',
    fixable: true,
    title: L('合计与分项之和不符', 'Total does not match the sum of its parts'),
    description: L('合计不等于各分项之和（超出所写精度）', 'a total is not the sum of its parts, beyond stated precision'),
  },
  check: (ctx) => checkRelations(ctx, 'sum-mismatch'),
});
