import { L, type Localized } from '../locale';
import { defineRule } from '../check/rule';
import { allActivities, type ActivityNode } from '../format/model';
import type { YamlPath } from '../syntax/source';

/** A text with its spaces and punctuation left out, for comparing what it says. */
function bare(text: string): string {
  return text.replace(/[\s。．.，,；;：:、！!？?“”"'‘’（）()]/g, '');
}

/** Whether a text says no more than a name, its spaces and punctuation aside (a longer text is not read at all). */
function onlyRepeats(text: string, name: string): boolean {
  return name !== '' && text.length <= 2 * name.length + 8 && bare(text) === name;
}

/**
 * What a measure ends in (`完成率`, `满意度`, `人数`, `（次）`): a name that ends so is an indicator, whatever
 * punctuation follows it.
 */
const MEASURED = /(?:率|度|数|量|占比|比例|比重|指数|次|[（(][^（）()]{1,5}[)）])$/;

/**
 * An indicator name that reads as sentences: clauses between commas, semicolons or full stops, and no measure at
 * its end. A full stop at the end alone makes no sentence of one clause (`依法依规完成年度工作任务。` is graded as
 * `土地变更调查工作完成` is).
 */
export function isSentence(name: string): boolean {
  const text = clause(name);
  return /[，；。！]/.test(text) && !MEASURED.test(text);
}

/** A name without the punctuation and spaces at its end. */
function clause(name: string): string {
  return name.trim().replace(/[。．.！!；;，,\s]+$/, '');
}

const FIELDS = [
  ['content', { zh: '内容描述', en: 'content' }],
  ['goal', { zh: '绩效目标', en: 'goal' }],
] as const;

/**
 * Text that says nothing: an activity whose content, goal or indicators only repeat its name, and a sentence (a
 * goal, most often) written in the indicator column.
 */
export const placeholderText = defineRule({
  meta: {
    id: 'placeholder-text',
    severity: 'warning',
    scope: 'activity',
    fixable: false,
    title: L('只重复名称的占位文字', 'Placeholder text'),
    description: L('内容描述、绩效目标或指标只重复活动名称；指标栏里写的是一句话', 'content, goal or indicator that only repeat the activity\'s name; a sentence in the indicator column'),
  },
  check(ctx) {
    for (const top of ctx.model.activities) {
      // The goals of this top-level activity's subtree, read once a sentence in an indicator column asks.
      let goals: { node: ActivityNode; goal: string }[] | undefined;
      for (const node of allActivities([top])) {
        const { activity, path } = node;
        const name = bare(activity.name);
        const repeats: Localized[] = [];
        for (const [key, label] of FIELDS) {
          const text = activity[key];
          if (text !== undefined && onlyRepeats(text, name)) repeats.push(label);
        }
        const indicators = (activity.indicators ?? []).filter((ind) => ind.name !== undefined && onlyRepeats(ind.name, name));
        if (indicators.length > 0) repeats.push({ zh: '绩效指标', en: 'indicator' });
        if (repeats.length > 0) {
          const zh = repeats.map((r) => r.zh).join('、');
          const en = joinEn(repeats.map((r) => r.en));
          ctx.report({
            path,
            span: ctx.source.anchor([...path, 'name']),
            message: L(
              `职责活动“${activity.name.trim()}”的${zh}只是重复其名称，没有说明做什么、要达到什么：请写明工作内容和可衡量的目标`,
              `Activity “${activity.name.trim()}”: its ${en} only repeat${repeats.length === 1 ? 's' : ''} its name and say${repeats.length === 1 ? 's' : ''} nothing of what is done or what it should achieve; write the work and a goal that can be measured`,
            ),
          });
        }
        activity.indicators?.forEach((indicator, i) => {
          // A sentence, or one clause ended as a sentence that is a goal of this subtree written again in the
          // indicator column (a name written again is a repeat, above).
          if (indicator.name === undefined || MEASURED.test(clause(indicator.name))) return;
          const sentence = isSentence(indicator.name);
          if (!sentence && !/[。！]$/.test(indicator.name.trim())) return;
          const at: YamlPath = [...path, 'indicators', i, 'name'];
          goals ??= allActivities([top]).flatMap((n) => (n.activity.goal !== undefined ? [{ node: n, goal: bare(n.activity.goal) }] : []));
          const said = bare(indicator.name);
          const same = (goals.find((g) => g.node !== node && g.goal === said) ?? goals.find((g) => g.node === node && g.goal === said))?.node;
          if (!sentence && !same) return;
          ctx.report({
            path: at,
            message: L(
              `绩效指标“${indicator.name.trim()}”是一句话，不是可衡量的指标${same ? `；它与职责活动“${same.activity.name.trim()}”的绩效目标相同，疑为错列` : ''}：请写指标名称（如“……完成率”“……人数”）`,
              `Indicator “${indicator.name.trim()}” is a sentence, not a measure${same ? `; it is the goal of activity “${same.activity.name.trim()}”, likely a slipped column` : ''}: name what is measured (a rate, a count)`,
            ),
            ...(same ? { related: [{ path: [...same.path, 'goal'], message: L(`职责活动“${same.activity.name.trim()}”的绩效目标`, `goal of activity “${same.activity.name.trim()}”`) }] } : {}),
          });
        });
      }
    }
  },
});

function joinEn(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
