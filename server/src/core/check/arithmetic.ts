import { agreement, formatFigure, negate, tolerance, type Figure } from '../format/decimal';
import { L, type Localized } from '../locale';
import type { YamlPath } from '../syntax/source';
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
    const note = lastYear(ctx, r, e.expected);
    // A last year that its parts and the change written both bear out is the one figure to change, corroborated or not.
    const sure = note ? !note.doubt : r.fixable !== false;
    const edit = rule !== 'balance-mismatch' && sure ? replaceNumber(ctx, r.target.path, expected) : undefined;
    ctx.report({
      path: r.target.path,
      message: L(`${r.what.zh} ${found} 与${r.against.zh} ${expected} 不符（差 ${diff}）${note?.text.zh ?? ''}`,
        `${r.what.en} ${found} does not match ${r.against.en} ${expected} (difference ${diff})${note?.text.en ?? ''}`),
      expected,
      found,
      related,
      // Which side of a balance is wrong is the author's call, not ours.
      ...(edit ? { fix: { title: L(`改为 ${expected}`, `Change to ${expected}`), edits: [edit] } } : {}),
    });
  }
}

/**
 * Where one last-year figure makes several relations fail (its parts' sum, the change, the rate), the messages say
 * which figure makes them all agree: a change that agrees with this year less the parts' last year is likely right
 * (no fix on it), and a last year set to its parts' sum that makes the written change agree is the one to change.
 */
function lastYear(ctx: RuleContext, r: Relation, expected: Figure): { text: Localized; doubt: boolean } | undefined {
  const all = relations(ctx);
  const same = (a: YamlPath, b: YamlPath) => a.length === b.length && a.every((p, i) => p === b[i]);
  if (r.rule === 'change-mismatch') {
    const previous = r.terms.find((t) => t.negative);
    const amount = r.terms.find((t) => !t.negative);
    const parts = previous && all.find((x) => x.rule === 'sum-mismatch' && x.complete && same(x.target.path, previous.path) && evaluate(x).agreement === 'mismatch');
    if (!parts || !amount) return undefined;
    const sum = evaluate(parts).expected;
    if (agreement(r.target.figure, [amount.figure, negate(sum)]) === 'mismatch') return undefined;
    const s = formatFigure(sum);
    return { doubt: true, text: L(`；但按${parts.against.zh} ${s} 算，增减相符：请先核对上年数`, `; but with ${parts.against.en}, ${s}, the change agrees: check last year's figure first`) };
  }
  if (r.rule === 'sum-mismatch' && r.target.path[r.target.path.length - 1] === 'previous') {
    const change = all.find((x) => x.rule === 'change-mismatch' && x.terms.some((t) => t.negative && same(t.path, r.target.path)));
    const amount = change?.terms.find((t) => !t.negative);
    if (!change || !amount || evaluate(change).agreement !== 'mismatch') return undefined;
    if (agreement(change.target.figure, [amount.figure, negate(expected)]) === 'mismatch') return undefined;
    const e = formatFigure(expected);
    return { doubt: false, text: L(`；按 ${e} 计，所写增减 ${formatFigure(change.target.figure)} 也相符`, `; at ${e}, the change written, ${formatFigure(change.target.figure)}, agrees too`) };
  }
  return undefined;
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
