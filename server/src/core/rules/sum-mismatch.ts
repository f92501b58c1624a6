import { L } from '../locale';
import type { Rule } from '../check/rule';
import { checkRelations } from '../check/arithmetic';

/** A total is not the sum of its parts, beyond what stated precision explains. */
export const sumMismatch: Rule = {
  id: 'sum-mismatch',
  severity: 'error',
  title: L('合计与分项之和不符', 'Total does not match the sum of its parts'),
  check: (ctx) => checkRelations(ctx, 'sum-mismatch'),
};
