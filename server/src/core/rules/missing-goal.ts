import { L } from '../locale';
import { allActivities } from '../format/model';
import { defineRule } from '../check/rule';

/** An activity without a performance goal. */
export const missingGoal = defineRule({
  meta: {
    id: 'missing-goal',
    severity: 'warning',
    scope: 'activity',
    fixable: false,
    title: L('职责活动缺少绩效目标', 'Activity without a goal'),
    description: L('职责活动没有绩效目标', 'an activity without a goal'),
  },
  check(ctx) {
    for (const { activity, path } of allActivities(ctx.model.activities)) {
      if (activity.goal?.trim()) continue;
      ctx.report({
        path,
        span: ctx.source.anchor([...path, 'name']),
        message: L(`职责活动“${activity.name}”没有绩效目标`, `Activity “${activity.name}” has no performance goal`),
      });
    }
  },
});
