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
        // A skeleton to fill in, never Fix all's: an indicator and its grades are the author's to write.
        ...(edits ? { suggestions: [{ title: L('插入绩效指标框架（待填写）', 'Insert an indicator skeleton to fill in'), edits }] } : {}),
      });
    }
  },
});

/** The keys of one indicator, each left empty; `$n` the tab stops of the snippet form. */
const SKELETON: readonly { readonly key: string; readonly depth: number }[] = [
  { key: '- name:', depth: 0 },
  { key: 'grades:', depth: 1 },
  { key: 'excellent:', depth: 2 },
  { key: 'good:', depth: 2 },
  { key: 'fair:', depth: 2 },
  { key: 'poor:', depth: 2 },
];

/**
 * One indicator with its four grades, every value left empty for the author (no name, no threshold is made up),
 * in block style: appended to the activity as an `indicators:` block, or filling an `indicators:` key left empty
 * (`indicators:`, `indicators: []`) so that the key is not repeated. Each edit has a snippet form with a tab stop
 * at each value, for a client that takes snippet edits.
 */
function indicatorSkeleton(ctx: RuleContext, path: YamlPath): ReportedEdit[] | undefined {
  const node = ctx.source.get(path);
  if (node?.kind !== 'map' || node.flow) return undefined;
  const text = ctx.source.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const column = (at: number) => ' '.repeat(at - (text.lastIndexOf('\n', at - 1) + 1));
  const items = (pad: string, snippet: boolean) => SKELETON.map(({ key, depth }, i) => {
    const stop = snippet && key !== 'grades:' ? ` $${SKELETON.slice(0, i + 1).filter((k) => k.key !== 'grades:').length}` : '';
    return `${eol}${pad}  ${'  '.repeat(depth)}${key}${stop}`;
  }).join('');

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
    const pad = column(existing.key.start);
    edits.push({ span: { start: lineEnd, end: lineEnd }, newText: items(pad, false), snippet: `${items(pad, true)}$0` });
    return edits;
  }

  const key = ctx.source.get([...path, 'name'])?.key;
  if (!key) return undefined;
  const pad = column(key.start);
  let end = node.value.end;
  while (end > node.value.start && /\s/.test(text[end - 1]!)) end--;
  return [{ span: { start: end, end }, newText: `${eol}${pad}indicators:${items(pad, false)}`, snippet: `${eol}${pad}indicators:${items(pad, true)}$0` }];
}
