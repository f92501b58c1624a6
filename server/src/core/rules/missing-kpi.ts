import { L } from '../locale';
import { allActivities } from '../format/model';
import { defineRule, type ReportedEdit, type RuleContext } from '../check/rule';
import type { YamlPath } from '../syntax/source';

/** A leaf activity (no children) without any indicator. */
export const missingKpi = defineRule({
  meta: {
    id: 'missing-kpi',
    severity: 'error',
    scope: 'activity',
    fixable: true,
    title: L('末级职责活动缺少绩效指标', 'Leaf activity without an indicator'),
    description: L('末级职责活动没有绩效指标', 'a leaf activity without an indicator'),
  },
  check(ctx) {
    for (const { activity, path, children } of allActivities(ctx.model.activities)) {
      if (children.length > 0 || (activity.indicators?.length ?? 0) > 0) continue;
      const edits = indicatorSkeleton(ctx, path);
      ctx.report({
        path,
        span: ctx.source.anchor([...path, 'name']),
        message: L(`末级职责活动“${activity.name}”没有绩效指标`, `Leaf activity “${activity.name}” has no performance indicator`),
        ...(edits ? { fix: { title: L('插入绩效指标', 'Insert an indicator'), edits } } : {}),
      });
    }
  },
});

const GRADES = 'grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }';

/**
 * One indicator with its four grades, in block style: appended to the
 * activity as an `indicators:` block, or filling an `indicators:` key left
 * empty (`indicators:`, `indicators: []`) so that the key is not repeated.
 */
function indicatorSkeleton(ctx: RuleContext, path: YamlPath): ReportedEdit[] | undefined {
  const node = ctx.source.get(path);
  if (node?.kind !== 'map' || node.flow) return undefined;
  const text = ctx.source.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const column = (at: number) => ' '.repeat(at - (text.lastIndexOf('\n', at - 1) + 1));
  const items = (pad: string) => `${eol}${pad}  - name:${eol}${pad}    ${GRADES}`;

  const existing = ctx.source.get([...path, 'indicators']);
  if (existing?.key) {
    // `indicators: []` or `indicators: ~`: drop the empty value, keep any comment, list below the key.
    if (existing.kind !== 'scalar' && !(existing.kind === 'seq' && existing.flow)) return undefined;
    const colon = text.indexOf(':', existing.key.end) + 1;
    let lineEnd = text.indexOf('\n', existing.value.end);
    if (lineEnd < 0) lineEnd = text.length;
    if (text[lineEnd - 1] === '\r') lineEnd--;
    const edits: ReportedEdit[] = [];
    if (existing.value.end > colon) edits.push({ span: { start: colon, end: existing.value.end }, newText: '' });
    edits.push({ span: { start: lineEnd, end: lineEnd }, newText: items(column(existing.key.start)) });
    return edits;
  }

  const key = ctx.source.get([...path, 'name'])?.key;
  if (!key) return undefined;
  const pad = column(key.start);
  let end = node.value.end;
  while (end > node.value.start && /\s/.test(text[end - 1]!)) end--;
  return [{ span: { start: end, end }, newText: `${eol}${pad}indicators:${items(pad)}` }];
}
