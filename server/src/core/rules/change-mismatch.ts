import { L } from '../locale';
import type { Rule } from '../check/rule';
import { checkRelations } from '../check/arithmetic';

/** `previous + change` differs from `amount`. */
export const changeMismatch: Rule = {
  id: 'change-mismatch',
  severity: 'error',
  title: L('增减额与本年、上年之差不符', 'Change does not match this year minus last year'),
  check: (ctx) => checkRelations(ctx, 'change-mismatch'),
};
