import { strict as assert } from 'assert';
import { check } from '../../server/src/core';
import { directives, unusedDirectives } from '../../server/src/core/check/suppression';
import { fixture } from '../helpers';

/**
 * The consistent fixture with a wrong budget (sum-mismatch) and, further down, a numbered name (numbering-prefix):
 * what each directive silences is read off the rules and lines left.
 */
const base = fixture('consistent.budget.yaml');
const left = (text: string) => check(text).findings.map((f) => `${f.range.start.line + 1} ${f.rule}`);

function wrong(): { text: string; lines: string[] } {
  const text = base.replace('budget: 587.00', 'budget: 1518.81').replace('    - name: 审计业务', '    - name: 1、审计业务');
  return { text, lines: text.split('\n') };
}

/** The text with `comment` inserted as a line before (1-based) line `n`, at that line's indentation. */
function before(text: string, n: number, comment: string): string {
  const lines = text.split('\n');
  const indent = /^ */.exec(lines[n - 1]!)![0];
  lines.splice(n - 1, 0, indent + comment);
  return lines.join('\n');
}

describe('suppression comments', () => {
  const { text } = wrong();
  const all = left(text);
  const sumLine = Number(all.find((f) => f.endsWith('sum-mismatch'))!.split(' ')[0]);
  const nameLine = Number(all.find((f) => f.endsWith('numbering-prefix'))!.split(' ')[0]);

  it('start from a document with a sum-mismatch and, below it, a numbering-prefix', () => {
    assert.deepEqual(all, [`${sumLine} sum-mismatch`, `${nameLine} numbering-prefix`]);
    assert.ok(sumLine < nameLine);
  });

  it('budget-disable-line silences its own line, after the value', () => {
    const lines = text.split('\n');
    lines[sumLine - 1] += '  # budget-disable-line sum-mismatch -- the 2018 table is printed so';
    assert.deepEqual(left(lines.join('\n')), [`${nameLine} numbering-prefix`]);
    lines[sumLine - 1] = lines[sumLine - 1]!.replace('sum-mismatch --', 'rounding --');
    assert.deepEqual(left(lines.join('\n')), all, 'another rule named: nothing silenced');
  });

  it('budget-disable … budget-enable silences the lines between, for the rules named or all', () => {
    const block = before(before(text, nameLine + 1, '# budget-enable'), sumLine, '# budget-disable');
    assert.deepEqual(left(block), []);
    const named = before(before(text, nameLine + 1, '# budget-enable sum-mismatch'), sumLine, '# budget-disable sum-mismatch');
    assert.deepEqual(left(named), [`${nameLine + 1} numbering-prefix`]);
    const reopened = before(before(text, nameLine, '# budget-enable numbering-prefix'), sumLine, '# budget-disable');
    assert.deepEqual(left(reopened), [`${nameLine + 2} numbering-prefix`], 'every rule off, then one back on');
    const closed = before(before(text, sumLine + 1, '# budget-enable'), sumLine, '# budget-disable');
    assert.deepEqual(left(closed), [`${nameLine + 2} numbering-prefix`], 'the block ends at its budget-enable');
  });

  it('a budget-disable with no budget-enable after it reaches the end: at the top, the whole file', () => {
    assert.deepEqual(left('# budget-disable numbering-prefix -- names as printed in 2018\n' + text), [`${sumLine + 1} sum-mismatch`]);
    assert.deepEqual(left('# budget-disable\n' + text), []);
  });

  it('a disable written after a value is no block: only budget-disable-line works there', () => {
    const lines = text.split('\n');
    lines[nameLine - 1] += ' # budget-disable';
    assert.deepEqual(left(lines.join('\n')), all);
  });

  it('reads a directive\'s rules up to its -- reason, and where it stands', () => {
    const d = directives('a: 1 # budget-disable-line sum-mismatch, rounding -- why\n# budget-disable-next-line\n');
    assert.deepEqual(d.map((x) => [x.kind, x.line, x.rules]), [['disable-line', 0, ['sum-mismatch', 'rounding']], ['disable-next-line', 1, []]]);
    assert.equal('a: 1 # budget-disable-line sum-mismatch, rounding -- why'.slice(d[0]!.span.start, d[0]!.span.end), 'budget-disable-line sum-mismatch, rounding');
  });

  it('tells the directives that silence nothing, and the rules they name in vain', () => {
    let t = before(text, sumLine, '# budget-disable-next-line sum-mismatch rounding');
    t = before(t, 2, '# budget-disable-next-line');
    const unsuppressed = check(t, { directives: false }).findings;
    assert.deepEqual(unusedDirectives(t, unsuppressed).map((u) => [u.directive.line + 1, u.directive.kind, u.rules]), [[2, 'disable-next-line', []], [sumLine + 1, 'disable-next-line', ['rounding']]]);
  });
});
