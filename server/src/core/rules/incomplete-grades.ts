import { L } from '../locale';
import { allActivities } from '../format/model';
import { defineRule } from '../check/rule';
import { GRADE_KEYS } from '../format/schema';

export const GRADE_NAMES = { excellent: L('优', 'excellent'), good: L('良', 'good'), fair: L('中', 'fair'), poor: L('差', 'poor') } as const;

/** An indicator without a name, or without all four grades. */
export const incompleteGrades = defineRule({
  meta: {
    id: 'incomplete-grades',
    severity: 'error',
    scope: 'activity',
    fixable: false,
    title: L('绩效指标不完整', 'Incomplete indicator'),
    description: L('绩效指标缺少名称或缺少四级评价标准', 'an indicator without a name or without all four grades'),
  },
  check(ctx) {
    for (const { activity, path } of allActivities(ctx.model.activities)) {
      activity.indicators?.forEach((indicator, i) => {
        const named = !!indicator.name?.trim();
        const missing = GRADE_KEYS.filter((k) => !indicator.grades?.[k]?.trim());
        if (named && missing.length === 0) return;
        const at = [...path, 'indicators', i];
        const zhGrades = missing.map((k) => GRADE_NAMES[k].zh).join('、');
        const enGrades = `grade${missing.length > 1 ? 's' : ''} ${missing.map((k) => GRADE_NAMES[k].en).join(', ')}`;
        const which = L(`职责活动“${activity.name}”的第 ${i + 1} 项绩效指标`, `Indicator ${i + 1} of activity “${activity.name}”`);
        const message = !named && missing.length > 0
          ? L(`${which.zh}没有名称，也缺少评价标准：${zhGrades}`, `${which.en} has no name and lacks the ${enGrades}`)
          : !named
            ? L(`${which.zh}没有名称`, `${which.en} has no name`)
            : L(`绩效指标“${indicator.name}”缺少评价标准：${zhGrades}`, `Indicator “${indicator.name}” lacks the ${enGrades}`);
        ctx.report({ path: named ? [...at, 'name'] : at, message });
      });
    }
  },
});
