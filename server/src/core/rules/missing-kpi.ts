import { L } from '../locale';
import { allActivities } from '../model';
import type { ReportedEdit, Rule, RuleContext } from '../rule';
import type { YamlPath } from '../source';

/** A leaf activity (no children) without any indicator. */
export const missingKpi: Rule = {
  id: 'missing-kpi',
  severity: 'error',
  title: L('末级职责活动缺少绩效指标', 'Leaf activity without an indicator'),
  check(ctx) {
    for (const { activity, path, children } of allActivities(ctx.model.activities)) {
      if (children.length > 0 || (activity.indicators?.length ?? 0) > 0) continue;
      const edit = activity.indicators ? undefined : indicatorSkeleton(ctx, path);
      ctx.report({
        path,
        span: ctx.source.anchor([...path, 'name']),
        message: L(`末级职责活动“${activity.name}”没有绩效指标`, `Leaf activity “${activity.name}” has no performance indicator`),
        ...(edit ? { fix: { title: L('插入绩效指标', 'Insert an indicator'), edits: [edit] } } : {}),
      });
    }
  },
};

/** An `indicators:` block with one indicator and its four grades, at the activity's indentation. */
function indicatorSkeleton(ctx: RuleContext, path: YamlPath): ReportedEdit | undefined {
  const node = ctx.source.get(path);
  const key = ctx.source.get([...path, 'name'])?.key;
  if (node?.kind !== 'map' || node.flow || !key) return undefined;
  const text = ctx.source.text;
  const pad = ' '.repeat(key.start - (text.lastIndexOf('\n', key.start - 1) + 1));
  let end = node.value.end;
  while (end > node.value.start && /\s/.test(text[end - 1]!)) end--;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return {
    span: { start: end, end },
    newText: `${eol}${pad}indicators:${eol}${pad}  - name:${eol}${pad}    grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }`,
  };
}
