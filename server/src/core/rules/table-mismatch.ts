import { agreement, coarserUnit, formatFigure, inUnit, withDecimals, type Figure } from '../format/decimal';
import { L } from '../locale';
import { evaluate, relations } from '../format/relations';
import { tablePairs, type Stated } from '../format/table-relations';
import { formatPath } from '../syntax/source';
import { defineRule, type RuleContext } from '../check/rule';
import { replaceNumber } from '../check/edits';

/** One figure stated differently in two places: two tables, or a table and the text; the message names both. */
export const tableMismatch = defineRule({
  meta: {
    id: 'table-mismatch',
    severity: 'error',
    scope: 'document',
    fixable: true,
    title: L('同一数字在两处不一致', 'One figure stated differently in two places'),
    description: L('同一数字在两张表中、或在表中与正文中写法不一', 'one figure stated differently in two tables, or in a table and the text'),
  },
  check(ctx) {
    for (const { target, other, fromTable } of tablePairs(ctx)) {
      const unit = coarserUnit(target.unit, other.unit);
      // Compared in the coarser unit, exactly: 2199520.40 元 against 219.95 万元 is the same figure rounded.
      if (agreement(inUnit(target.figure, target.unit, unit), [inUnit(other.figure, other.unit, unit)]) !== 'mismatch') continue;
      const t = shown(target);
      const o = shown(other);
      // The other figure in the target's unit, at the target's decimals, when that unit is the coarser.
      const expected = unit === target.unit ? formatFigure(withDecimals(inUnit(other.figure, other.unit, unit), target.figure.decimals)) : undefined;
      const converted = expected !== undefined && other.unit !== target.unit ? L(`（折合 ${expected} ${target.unit}）`, ` (${expected} ${target.unit})`) : L('', '');
      // The text retypes a table: when the table's own sums bear the table figure out, the text is the one to change.
      const edit = fromTable && expected !== undefined && borneOut(ctx, other) ? replaceNumber(ctx, target.path, expected) : undefined;
      ctx.report({
        path: target.path,
        message: L(`${target.label.zh} ${t} 与${other.label.zh} ${o}${converted.zh}不符`, `${cap(target.label.en)} ${t} does not match ${other.label.en} ${o}${converted.en}`),
        ...(expected !== undefined ? { expected } : {}),
        found: formatFigure(target.figure),
        related: [{ path: other.path, message: L(`${other.label.zh} ${o}`, `${cap(other.label.en)} ${o}`) }],
        ...(edit ? { fix: { title: L(`改为 ${expected}`, `Change to ${expected}`), edits: [edit] } } : {}),
      });
    }
  },
});

function shown(s: Stated): string {
  return `${formatFigure(s.figure)} ${s.unit}`;
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether the table's own sums bear the figure out: at least one adds up to it, and none finds it wrong. */
function borneOut(ctx: RuleContext, s: { path: readonly (string | number)[]; figure: Figure }): boolean {
  const at = formatPath(s.path);
  const about = relations(ctx).filter((r) => r.rule === 'sum-mismatch' && r.complete && formatPath(r.target.path) === at);
  return about.length > 0 && about.every((r) => evaluate(r).agreement !== 'mismatch');
}
