import { L } from '../locale';
import { allActivities } from '../format/model';
import { defineRule } from '../check/rule';
import { parseThreshold } from '../format/thresholds';

/** An indicator name that is itself a threshold: a column slipped. */
export const misplacedThreshold = defineRule({
  meta: {
    id: 'misplaced-threshold',
    severity: 'error',
    scope: 'activity',
    fixable: false,
    title: L('指标名称是评价标准（错列）', 'Indicator name is a threshold (slipped column)'),
    description: L('指标名称本身是评价标准：错列', 'an indicator name that is itself a threshold: a slipped column'),
  },
  check(ctx) {
    for (const { activity, path } of allActivities(ctx.model.activities)) {
      activity.indicators?.forEach((indicator, i) => {
        if (!indicator.name || !parseThreshold(indicator.name)) return;
        ctx.report({
          path: [...path, 'indicators', i, 'name'],
          message: L(`绩效指标名称“${indicator.name}”是一个评价标准，疑为表格错列；请填写指标名称，并把各级标准移回对应列`,
            `Indicator name “${indicator.name}” is a threshold: a column seems to have slipped; write the indicator's name and move the grades back to their columns`),
          found: indicator.name,
        });
      });
    }
  },
});
