import { L } from '../locale';
import { defineRule } from '../check/rule';
import { allActivities } from '../format/model';
import { onCommonScale } from '../format/scale';
import { parseThreshold } from '../format/thresholds';

/** A floor the name sets: `达到70%`, `达90%以上`, `不低于95%`, `≥95%`, `保持在98%以上`. */
const FLOOR = /(?:达到|达|不低于|不少于|不小于|(?<!不)高于|(?<!不)超过|大于等于|≥|>=|保持在)\s*(\d+(?:\.\d+)?)\s*[%％](?:以上)?|(\d+(?:\.\d+)?)\s*[%％]以上/;
/** A ceiling the name sets: `控制在5%以内`, `不超过3%`, `低于2%`, `≤1%`. */
const CEILING = /(?:控制在|不超过|不高于|不大于|(?<!不)低于|(?<!不)小于|≤|<=)\s*(\d+(?:\.\d+)?)\s*[%％](?:以内|以下)?|(\d+(?:\.\d+)?)\s*[%％](?:以内|以下)/;

/** The target a name states, as a percentage floor or ceiling. */
export function statedTarget(name: string): { kind: 'floor' | 'ceiling'; value: number; text: string } | undefined {
  const ceiling = CEILING.exec(name);
  if (ceiling) return { kind: 'ceiling', value: Number(ceiling[1] ?? ceiling[2]), text: ceiling[0] };
  const floor = FLOOR.exec(name);
  if (floor) return { kind: 'floor', value: Number(floor[1] ?? floor[2]), text: floor[0] };
  return undefined;
}

/** A target written into an indicator's name that its grades contradict. */
export const indicatorTarget = defineRule({
  meta: {
    id: 'indicator-target',
    severity: 'warning',
    scope: 'activity',
    fixable: false,
    title: L('指标名称中的目标与评价标准矛盾', 'Target in the name contradicts the grades'),
    description: L('指标名称中写的目标（达到70%）与评价标准矛盾', 'a target in the indicator\'s name (达到70%) that its grades contradict'),
  },
  check(ctx) {
    for (const { activity, path } of allActivities(ctx.model.activities)) {
      activity.indicators?.forEach((indicator, i) => {
        const name = indicator.name?.trim();
        const excellent = indicator.grades?.excellent;
        const target = name ? statedTarget(name) : undefined;
        const grade = excellent !== undefined ? parseThreshold(excellent) : undefined;
        if (!name || !target || !grade || grade.unit !== '%' || excellent === undefined) return;
        const higher = grade.op === '>=' || grade.op === '>';
        const at = [...path, 'indicators', i, 'name'];
        // On the document's common scale the grades say how fully the target is met, not the rate itself: a floor in
        // the name is the target they grade. A ceiling still asks for less where they ask for more.
        if (target.kind === 'floor' && higher && target.value < grade.value && !onCommonScale(ctx.model, indicator)) {
          const earns = gradeEarned(indicator.grades ?? {}, target.value);
          ctx.report({
            path: at,
            message: L(
              `绩效指标“${name}”在名称中定下目标 ${target.value}%，评价标准却要 ${excellent.trim()} 才为“优”：达到目标${earns ? `只评为“${earns.zh}”` : '也评不上“优”'}；请统一目标与评价标准，并把目标从名称中移到评价标准`,
              `Indicator “${name}” sets a target of ${target.value}% in its name, but its grades ask ${excellent.trim()} for “excellent”: meeting the target ${earns ? `earns only “${earns.en}”` : 'is not “excellent”'}; make the target and the grades agree, and move the target from the name into the grades`,
            ),
            related: [{ path: [...path, 'indicators', i, 'grades', 'excellent'], message: L(`“优”：${excellent.trim()}`, `excellent: ${excellent.trim()}`) }],
          });
        } else if (target.kind === 'ceiling' && higher) {
          ctx.report({
            path: at,
            message: L(
              `绩效指标“${name}”在名称中定下上限 ${target.value}%（越低越好），评价标准却以 ${excellent.trim()} 为“优”（越高越好）；请统一目标与评价标准`,
              `Indicator “${name}” sets a ceiling of ${target.value}% in its name (lower is better), but its grades give “excellent” to ${excellent.trim()} (higher is better); make the target and the grades agree`,
            ),
            related: [{ path: [...path, 'indicators', i, 'grades', 'excellent'], message: L(`“优”：${excellent.trim()}`, `excellent: ${excellent.trim()}`) }],
          });
        }
      });
    }
  },
});

const GRADE_NAMES = [
  ['good', { zh: '良', en: 'good' }],
  ['fair', { zh: '中', en: 'fair' }],
  ['poor', { zh: '差', en: 'poor' }],
] as const;

/** The best grade below excellent whose threshold a value meets. */
function gradeEarned(grades: Partial<Record<'good' | 'fair' | 'poor', string>>, value: number): { zh: string; en: string } | undefined {
  for (const [key, label] of GRADE_NAMES) {
    const g = grades[key] !== undefined ? parseThreshold(grades[key]) : undefined;
    if (!g || g.unit !== '%') continue;
    const meets = g.op === '>=' ? value >= g.value : g.op === '>' ? value > g.value : g.op === '<=' ? value <= g.value : value < g.value;
    if (meets) return label;
  }
  return undefined;
}
