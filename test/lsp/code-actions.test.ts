import { strict as assert } from 'assert';
import { check } from '../../server/src/core/check/check';
import { parseText } from '../../server/src/core/syntax/parse';
import { insideScalar } from '../../server/src/core/syntax/locate';
import { disableForLine } from '../../server/src/lsp/code-actions';
import { fixture } from '../helpers';

const consistent = fixture('consistent.budget.yaml');

/** The first finding of a rule in a text, and the text after its "disable for this line" action. */
function silenced(text: string, rule: string): { found: boolean; after?: string } {
  const finding = check(text).findings.find((f) => f.rule === rule);
  assert.ok(finding, `no ${rule} finding`);
  const action = disableForLine(check(text).parsed, finding);
  if (!action) return { found: false };
  const [edit] = action.edits;
  return { found: true, after: text.slice(0, edit!.span.start) + edit!.newText + text.slice(edit!.span.end) };
}

describe('"disable for this line", offered for every finding', () => {
  it('writes the comment above the line, at its indentation, and the finding is gone', () => {
    const text = consistent.replace('      budget: 587.00', '      budget: 600.00');
    const { after } = silenced(text, 'sum-mismatch');
    assert.equal(after, text.replace('      budget: 600.00', '      # budget-disable-next-line sum-mismatch\n      budget: 600.00'));
    assert.deepEqual(check(after!).findings.map((f) => f.rule), []);
  });

  it('keeps CRLF line ends', () => {
    const text = consistent.replace('      budget: 587.00', '      budget: 600.00').replace(/\n/g, '\r\n');
    assert.equal(silenced(text, 'sum-mismatch').after, text.replace('      budget: 600.00', '      # budget-disable-next-line sum-mismatch\r\n      budget: 600.00'));
  });

  it('silences a finding on a block scalar above the line of its key, not inside the text', () => {
    const text = consistent.replace(/( {10}content: )[^\n]*\n/, '$1|\n            依法依规开展工作；依法依规开展工作。\n');
    const { after } = silenced(text, 'repeated-text');
    assert.equal(after, text.replace('          content: |\n', '          # budget-disable-next-line repeated-text\n          content: |\n'));
    assert.deepEqual(check(after!).findings.map((f) => f.rule), []);
  });

  it('is offered below a line with an apostrophe in its text (no quote is open there)', () => {
    const text = consistent.replace('    - name: 政务服务\n      budget: 587.00', "    - name: Director's office\n      budget: 600.00");
    const { found, after } = silenced(text, 'sum-mismatch');
    assert.ok(found);
    assert.equal(after, text.replace('      budget: 600.00', '      # budget-disable-next-line sum-mismatch\n      budget: 600.00'));
  });
});

describe('insideScalar: where a comment line would become part of a text', () => {
  const lineStarts = (text: string) => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)].filter((at) => at < text.length);
  const inside = (text: string) => lineStarts(text).filter((at) => insideScalar(parseText(text), at)).map((at) => text.slice(at, text.indexOf('\n', at)));

  it('names the lines of a block scalar\'s text and of a wrapped quoted or plain string, and no other', () => {
    const text = [
      'a: |',
      '  first line',
      '  second line',
      "b: \"quoted and",
      '  wrapped\"',
      "c: it's plain",
      'd: plain and',
      '  wrapped',
      "e: 'single, ''quoted'' and",
      "  wrapped'",
      'f: 1',
      '',
    ].join('\n');
    assert.deepEqual(inside(text), ['  first line', '  second line', '  wrapped"', '  wrapped', "  wrapped'"]);
  });

  it('reads CRLF text alike', () => {
    const text = 'a: |\r\n  text\r\nb: "x\r\n  y"\r\nc: 1\r\n';
    assert.deepEqual(inside(text), ['  text\r', '  y"\r']);
  });
});
