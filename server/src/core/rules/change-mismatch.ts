import { L } from '../locale';
import { defineRule } from '../check/rule';
import { checkRelations } from '../check/arithmetic';

/** `previous + change` differs from `amount`. */
export const changeMismatch = defineRule({
  meta: {
    id: 'change-mismatch',
    severity: 'error',
    scope: 'document',
    fixable: true,
    title: L('增减额与本年、上年之差不符', 'Change does not match this year minus last year'),
    description: L('上年数加增减额不等于本年数', 'previous + change differs from this year\'s amount'),
  },
  check: (ctx) => checkRelations(ctx, 'change-mismatch'),
});
