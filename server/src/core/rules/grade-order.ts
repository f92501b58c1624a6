import { L } from '../locale';
import { allActivities } from '../format/model';
import { defineRule } from '../check/rule';
import { GRADE_KEYS, type Grades } from '../format/schema';
import { parseThreshold, type Threshold } from '../format/thresholds';

/** Grades not ordered: excellent strictest … poor the complement of fair. */
export const gradeOrder = defineRule({
  meta: {
    id: 'grade-order',
    severity: 'warning',
    scope: 'activity',
    fixable: false,
    title: L('评价标准顺序不对', 'Grades out of order'),
    description: L('评价标准未按优、良、中、差排列', 'grades not ordered from excellent to poor'),
  },
  check(ctx) {
    for (const { activity, path } of allActivities(ctx.model.activities)) {
      activity.indicators?.forEach((indicator, i) => {
        const grades = indicator.grades;
        // A threshold in the name is a slipped row: misplaced-threshold says so.
        if (!grades || (indicator.name && parseThreshold(indicator.name))) return;
        if (ordered(grades) !== false) return;
        const written = GRADE_KEYS.map((k) => grades[k]).join(' / ');
        const which = indicator.name?.trim()
          ? L(`绩效指标“${indicator.name}”`, `indicator “${indicator.name}”`)
          : L(`职责活动“${activity.name}”的第 ${i + 1} 项绩效指标`, `indicator ${i + 1} of activity “${activity.name}”`);
        ctx.report({
          path: [...path, 'indicators', i, 'grades'],
          message: L(`${which.zh}的评价标准（${written}）不是从“优”最严到“差”为“中”的补集排列`,
            `The grades of ${which.en} (${written}) do not run from the strictest (excellent) to the complement of fair (poor)`),
          found: written,
        });
      });
    }
  },
});

/** True when ordered, false when not, undefined when the grades are not all thresholds (once per indicator: no lists). */
export function ordered(grades: Grades): boolean | undefined {
  const excellent = threshold(grades.excellent);
  const good = threshold(grades.good);
  const fair = threshold(grades.fair);
  const poor = threshold(grades.poor);
  if (!excellent || !good || !fair || !poor) return undefined;
  // Counted in different units (`≥90%` beside `≥8次`), the four cannot be compared.
  if (good.unit !== excellent.unit || fair.unit !== excellent.unit || poor.unit !== excellent.unit) return undefined;
  const up = higher(excellent);
  if (higher(good) !== up || higher(fair) !== up) return false;
  const strictlyTighter = up ? excellent.value > good.value && good.value > fair.value : excellent.value < good.value && good.value < fair.value;
  const complement = poor.value === fair.value && poor.op === COMPLEMENT[fair.op];
  return strictlyTighter && complement;
}

const COMPLEMENT = { '>=': '<', '>': '<=', '<=': '>', '<': '>=' } as const;

function higher(x: Threshold): boolean {
  return x.op === '>=' || x.op === '>';
}

function threshold(grade: string | undefined): Threshold | undefined {
  return grade ? parseThreshold(grade) : undefined;
}
