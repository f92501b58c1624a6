import { L, type Localized } from '../locale';
import { defineRule } from '../check/rule';
import { allActivities, type ActivityNode } from '../format/model';
import type { Activity } from '../format/schema';
import type { YamlPath } from '../syntax/source';
import { codes, isSpace } from '../format/chars';

/** A text with its spaces and punctuation left out, for comparing what it says. */
function bare(text: string): string {
  return text.replace(/[\s。．.，,；;：:、！!？?“”"'‘’（）()]/g, '');
}

/** Whether a text says no more than a name, its spaces and punctuation aside (a longer text is not read at all). */
function onlyRepeats(text: string, name: string): boolean {
  return name !== '' && text.length <= 2 * name.length + 8 && bare(text) === name;
}

const [RATE, DEGREE, NUMBER, QUANTITY, TIMES, RATIO, OCCUPY, EXAMPLE, WEIGHT] = [...'率度数量次比占例重'].map((c) => c.charCodeAt(0)) as number[];
const OPENING = codes('（(');
const CLOSING = codes('）)');

/**
 * What a measure ends in (`完成率`, `满意度`, `人数`, `（次）`): a name that ends so is an indicator, whatever
 * punctuation follows it. As the pattern `(?:率|度|数|量|占比|比例|比重|指数|次|[（(][^（）()]{1,5}[)）])$` reads it, by
 * the last char codes.
 */
function endsInMeasure(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (last === RATE || last === DEGREE || last === NUMBER || last === QUANTITY || last === TIMES) return true;
  if (last === RATIO) return text.charCodeAt(n - 2) === OCCUPY;
  if (last === EXAMPLE || last === WEIGHT) return text.charCodeAt(n - 2) === RATIO;
  if (!CLOSING.has(last)) return false;
  // One to five characters, none a bracket, between the brackets.
  for (let j = n - 2, k = 0; j >= 0 && k <= 5; j--, k++) {
    const c = text.charCodeAt(j);
    if (OPENING.has(c)) return k >= 1;
    if (CLOSING.has(c)) return false;
  }
  return false;
}

/**
 * An indicator name that reads as sentences: clauses between commas, semicolons or full stops, and no measure at
 * its end. A full stop at the end alone makes no sentence of one clause (`依法依规完成年度工作任务。` is graded as
 * `土地变更调查工作完成` is).
 */
export function isSentence(name: string): boolean {
  const text = clause(name);
  return /[，；。！]/.test(text) && !endsInMeasure(text);
}

const TRAILING = codes('。．.！!；;，,');

/** A name without the spaces at its start and the punctuation and spaces at its end. */
function clause(name: string): string {
  let from = 0;
  let to = name.length;
  while (from < to && isSpace(name.charCodeAt(from))) from++;
  while (to > from && (TRAILING.has(name.charCodeAt(to - 1)) || isSpace(name.charCodeAt(to - 1)))) to--;
  return name.slice(from, to);
}

const FULL_STOP = codes('。！');

/** Whether a name ends in a full stop, its spaces aside. */
function endsInFullStop(name: string): boolean {
  let to = name.length;
  while (to > 0 && isSpace(name.charCodeAt(to - 1))) to--;
  return to > 0 && FULL_STOP.has(name.charCodeAt(to - 1));
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
    const tops = ctx.model.activities;
    const all = allActivities(tops);
    // A top-level activity's subtree is its run of `all`, which lists parents before their children.
    for (let t = 0, start = 0; t < tops.length; t++) {
      const end = t + 1 < tops.length ? all.indexOf(tops[t + 1]!, start) : all.length;
      const from = start;
      start = end;
      // The goals of this subtree, read once a sentence in an indicator column asks.
      let goals: { node: ActivityNode; goal: string }[] | undefined;
      for (let a = from; a < end; a++) {
        const node = all[a]!;
        const { activity, path } = node;
        const repeats = repeatsOfName(activity, bare(activity.name));
        if (repeats) {
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
          if (indicator.name === undefined || endsInMeasure(clause(indicator.name))) return;
          const sentence = isSentence(indicator.name);
          if (!sentence && !endsInFullStop(indicator.name)) return;
          const at: YamlPath = [...path, 'indicators', i, 'name'];
          goals ??= all.slice(from, end).flatMap((n) => (n.activity.goal !== undefined ? [{ node: n, goal: bare(n.activity.goal) }] : []));
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

const INDICATOR: Localized = { zh: '绩效指标', en: 'indicator' };

/** What of an activity only repeats its name (`name` bare), in the message's order; undefined for nothing. */
function repeatsOfName(activity: Activity, name: string): Localized[] | undefined {
  let out: Localized[] | undefined;
  for (const [key, label] of FIELDS) {
    const text = activity[key];
    if (text !== undefined && onlyRepeats(text, name)) (out ??= []).push(label);
  }
  if (activity.indicators?.some((ind) => ind.name !== undefined && onlyRepeats(ind.name, name))) (out ??= []).push(INDICATOR);
  return out;
}

function joinEn(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
