import { L } from '../locale';
import { defineRule, type ReportedEdit, type RuleContext } from '../check/rule';
import { replaceScalar } from '../check/edits';
import { allActivities } from '../format/model';
import type { YamlPath } from '../syntax/source';

/** What a measure's name ends in: `到位率`, `落实率`, `完成率`, `满意度`, `占比`, `覆盖面`. */
const MEASURE = /(?:率|占比|比例|比重|满意度|知晓度|达标度)$/;

/**
 * Where a second measure cannot start: right after a rate, these words measure that rate
 * (`劳动生产率增长率`, `失业率下降幅度`), and `率先` is no rate at all.
 */
const OF_THE_RATE = /^(?:增长|增速|增幅|提高|提升|下降|降低|减少|增加|变化|变动|同比|环比|达标|控制|先|的|之)/;

/**
 * Two indicators run together in one name: a complete measure (`社会保险到位率`) directly followed by another
 * (`公益性岗位到位率`), with nothing between them. Two measures joined by 和、及、与 or a 、 are one indicator
 * measured two ways (`养老金扩面征缴任务完成率和发放率`), and are left alone.
 */
export function splitMerged(name: string): [string, string] | undefined {
  const text = name.trim();
  if (!MEASURE.test(text)) return undefined;
  for (let at = text.indexOf('率'); at >= 0 && at < text.length - 1; at = text.indexOf('率', at + 1)) {
    const first = text.slice(0, at + 1);
    const second = text.slice(at + 1);
    // Each one a measure of its own: something measured, then its rate (`到位率`, not `率`).
    if (first.length < 4 || second.length < 4 || OF_THE_RATE.test(second)) continue;
    if (/^[和及与、，,；;/／或并且]/.test(second) || /[和及与、，,；;/／或]/.test(second)) continue;
    if (!MEASURE.test(second)) continue;
    return [first, second];
  }
  return undefined;
}

/** Two indicators written as one name. */
export const mergedIndicators = defineRule({
  meta: {
    id: 'merged-indicators',
    severity: 'warning',
    scope: 'activity',
    fixable: true,
    title: L('两项指标并成一项', 'Two indicators in one name'),
    description: L('一个指标名称里连写了两项指标（…到位率…到位率）', 'two indicators run together in one name (…到位率…到位率)'),
  },
  check(ctx) {
    for (const { activity, path } of allActivities(ctx.model.activities)) {
      activity.indicators?.forEach((indicator, i) => {
        const name = indicator.name;
        const parts = name !== undefined ? splitMerged(name) : undefined;
        if (!name || !parts) return;
        const [first, second] = parts;
        const at: YamlPath = [...path, 'indicators', i];
        const edits = split(ctx, at, first, second);
        ctx.report({
          path: [...at, 'name'],
          message: L(
            `绩效指标“${name.trim()}”是两项指标连在一起：“${first}”和“${second}”；请分成两项，各有评价标准`,
            `Indicator “${name.trim()}” is two indicators run together, “${first}” and “${second}”; make them two, each with its grades`,
          ),
          ...(edits ? { fix: { title: L(`分成“${first}”和“${second}”两项`, `Split into “${first}” and “${second}”`), edits } } : {}),
        });
      });
    }
  },
});

/**
 * Renames the indicator to the first measure and adds, after it, a copy of its list item (grades and all) named
 * with the second. Only for an item of a block list: a flow list `[…]` is left to the writer, and so is an item
 * holding a comment, which belongs to one of the two and would otherwise be said twice.
 */
function split(ctx: RuleContext, at: YamlPath, first: string, second: string): ReportedEdit[] | undefined {
  const item = ctx.source.get(at);
  const name = ctx.source.get([...at, 'name']);
  const list = ctx.source.get(at.slice(0, -1));
  if (!item || item.kind !== 'map' || name?.kind !== 'scalar' || list?.kind !== 'seq' || list.flow) return undefined;
  const text = ctx.source.text;
  const lineStart = text.lastIndexOf('\n', item.value.start - 1) + 1;
  if (!/^[ \t]*-[ \t]+$/.test(text.slice(lineStart, item.value.start))) return undefined;
  let end = item.value.end;
  while (end > item.value.start && /\s/.test(text[end - 1]!)) end--;
  const rename = replaceScalar(ctx, [...at, 'name'], first);
  const renamed = replaceScalar(ctx, [...at, 'name'], second);
  if (!rename || !renamed || name.value.start < lineStart || name.value.end > end) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const copy = text.slice(lineStart, name.value.start) + renamed.newText + text.slice(name.value.end, end);
  if (/(^|\s)#/.test(copy)) return undefined;
  return [rename, { span: { start: end, end }, newText: eol + copy }];
}
