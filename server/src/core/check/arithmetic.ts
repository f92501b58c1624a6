import { agreement, formatFigure, negate, tolerance, type Figure } from '../format/decimal';
import { L, type Localized } from '../locale';
import type { YamlPath } from '../syntax/source';
import { evaluate, relations, shortfall, unsettled, type Relation } from '../format/relations';
import type { ReportedFix, RuleContext } from './rule';
import { editableAt, wrongFigure } from './which-figure';
import { amountPath } from '../format/figures';
import { replaceNumber } from './edits';

/**
 * Reports the relations of one rule that disagree beyond stated precision,
 * with the expected figure, the found one and the difference. Differences
 * within precision are the `rounding` rule's.
 */
export function checkRelations(ctx: RuleContext, rule: Relation['rule']): void {
  for (const r of unsettled(ctx)) {
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
    const { fix, suggestions } = fixesOf(ctx, r, expected);
    ctx.report({
      path: r.target.path,
      message: L(`${r.what.zh} ${found} 与${r.against.zh} ${expected} 不符（差 ${diff}）${note?.text.zh ?? ''}`,
        `${r.what.en} ${found} does not match ${r.against.en} ${expected} (difference ${diff})${note?.text.en ?? ''}`),
      expected,
      found,
      related,
      ...(fix ? { fix } : {}),
      ...(suggestions.length > 0 ? { suggestions } : {}),
    });
  }
}

/**
 * The fix of a relation that does not hold: the one figure the other relations say is wrong, set to what makes it
 * hold (the total, or one of its parts). When they do not say which, the author chooses: the total may be set to
 * its parts' sum (a suggestion, never Fix all's), or a part checked (each is a related location). Which side of a
 * balance is wrong is the author's call unless the figures tell.
 */
function fixesOf(ctx: RuleContext, r: Relation, expected: string): { fix?: ReportedFix; suggestions: ReportedFix[] } {
  if (r.rule === 'balance-mismatch') return { suggestions: [] };
  const wrong = wrongFigure(ctx, r);
  if (wrong) {
    const value = formatFigure(wrong.value);
    const edit = replaceNumber(ctx, amountPath(ctx.model.budget, wrong.term.path), value);
    if (!edit) return { suggestions: [] };
    const title = wrong.isTarget
      ? L(`改为 ${value}`, `Change to ${value}`)
      : L(`将${wrong.term.label.zh} ${formatFigure(wrong.term.figure)} 改为 ${value}`, `Change ${wrong.term.label.en} ${formatFigure(wrong.term.figure)} to ${value}`);
    return { fix: { title, edits: [edit] }, suggestions: [] };
  }
  if (!editableAt(ctx, r.target.path)) return { suggestions: [] };
  const edit = replaceNumber(ctx, amountPath(ctx.model.budget, r.target.path), expected);
  return { suggestions: edit ? [{ title: L(`改为 ${expected}（若各分项无误）`, `Change to ${expected} (if the parts are right)`), edits: [edit] }] : [] };
}

/**
 * Where one last-year figure makes several relations fail (its parts' sum, the change, the rate), the messages say
 * which figure makes them all agree: a change that agrees with this year less the parts' last year is likely right,
 * and a last year set to its parts' sum that makes the written change agree is the one to change (the fix itself is
 * `wrongFigure`'s to choose).
 */
function lastYear(ctx: RuleContext, r: Relation, expected: Figure): { text: Localized } | undefined {
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
    return { text: L(`；但按${parts.against.zh} ${s} 算，增减相符：请先核对上年数`, `; but with ${parts.against.en}, ${s}, the change agrees: check last year's figure first`) };
  }
  if (r.rule === 'sum-mismatch' && r.target.path[r.target.path.length - 1] === 'previous') {
    const change = all.find((x) => x.rule === 'change-mismatch' && x.terms.some((t) => t.negative && same(t.path, r.target.path)));
    const amount = change?.terms.find((t) => !t.negative);
    if (!change || !amount || evaluate(change).agreement !== 'mismatch') return undefined;
    if (agreement(change.target.figure, [amount.figure, negate(expected)]) === 'mismatch') return undefined;
    const e = formatFigure(expected);
    return { text: L(`；按 ${e} 计，所写增减 ${formatFigure(change.target.figure)} 也相符`, `; at ${e}, the change written, ${formatFigure(change.target.figure)}, agrees too`) };
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
