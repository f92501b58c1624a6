import { formatFigure, tolerance } from '../format/decimal';
import { L } from '../locale';
import { evaluate, relations, shortfall, type Relation } from '../format/relations';
import type { RuleContext } from './rule';
import { replaceNumber } from './edits';

/**
 * Reports the relations of one rule that disagree beyond stated precision,
 * with the expected figure, the found one and the difference. Differences
 * within precision are the `rounding` rule's.
 */
export function checkRelations(ctx: RuleContext, rule: Relation['rule']): void {
  for (const r of relations(ctx)) {
    if (r.rule !== rule) continue;
    // Formatted only for a relation that is reported: most of a document's relations hold.
    if (!r.complete) {
      const below = shortfall(r);
      if (!below) continue;
      const known = below.known;
      const found = formatFigure(r.target.figure);
      const related = termNotes(r);
      const shortBy = formatFigure(below.short);
      ctx.report({
        path: r.target.path,
        message: L(`${r.what.zh} ${found} 小于已知${r.against.zh} ${formatFigure(known)}（差 ${shortBy}）`,
          `${r.what.en} ${found} is less than ${r.against.en} known so far, ${formatFigure(known)} (short by ${shortBy})`),
        expected: `≥ ${formatFigure(known)}`,
        found,
        related,
      });
      continue;
    }
    const e = evaluate(r);
    if (e.agreement !== 'mismatch') continue;
    const found = formatFigure(r.target.figure);
    const related = termNotes(r);
    const expected = formatFigure(e.expected);
    const diff = formatFigure(e.difference);
    const edit = rule !== 'balance-mismatch' && r.fixable !== false ? replaceNumber(ctx, r.target.path, expected) : undefined;
    ctx.report({
      path: r.target.path,
      message: L(`${r.what.zh} ${found} 与${r.against.zh} ${expected} 不符（差 ${diff}）`,
        `${r.what.en} ${found} does not match ${r.against.en} ${expected} (difference ${diff})`),
      expected,
      found,
      related,
      // Which side of a balance is wrong is the author's call, not ours.
      ...(edit ? { fix: { title: L(`改为 ${expected}`, `Change to ${expected}`), edits: [edit] } } : {}),
    });
  }
}

/** `±0.02`: the tolerance of a relation, without trailing zeros. */
export function formatTolerance(r: Relation): string {
  const t = formatFigure(tolerance(r.target.figure, r.terms.map((x) => x.figure)));
  return t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t;
}

/** The parts of a relation, as related information: `综合协调 537.00`. */
export function termNotes(r: Relation) {
  return r.terms.map((t) => ({ path: t.path, message: L(`${t.label.zh} ${formatFigure(t.figure)}`, `${t.label.en} ${formatFigure(t.figure)}`) }));
}
