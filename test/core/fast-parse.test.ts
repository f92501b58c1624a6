import assert from 'assert';
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { generate } from '../../bench/generate';
import { check, type CheckOptions } from '../../server/src/core/check/check';
import { fastParse, setFastParse } from '../../server/src/core/syntax/fast-parse';
import { nestingOverflow } from '../../server/src/core/syntax/limits';
import { example } from '../helpers';
import { EDITS, edited, editsOf } from '../mutations';
import { property } from '../properties';

/** Findings, data and every SourceMap node, with the fast path on and off: they must be the same. */
function compare(text: string, options: CheckOptions = {}): boolean {
  const fast = fastParse(text) !== undefined;
  setFastParse(true);
  const a = check(text, options);
  setFastParse(false);
  let b;
  try {
    b = check(text, options);
  } finally {
    setFastParse(true);
  }
  assert.deepStrictEqual(a.findings, b.findings, 'findings');
  assert.deepStrictEqual(a.parsed.data, b.parsed.data, 'data');
  assert.deepStrictEqual(a.parsed.syntax, b.parsed.syntax, 'syntax');
  assert.strictEqual(a.parsed.values, b.parsed.values, 'values');
  const nodes = [...a.parsed.source.walk()];
  assert.deepStrictEqual(nodes, [...b.parsed.source.walk()], 'source map');
  // A scalar's text is also read on its own, without its node (every figure is read so).
  for (const node of nodes) assert.strictEqual(a.parsed.source.raw(node.path), node.kind === 'scalar' ? node.raw : undefined, `raw ${node.path.join('.')}`);
  return fast;
}

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function mutations(name: string, base: string, runs: number, seed: number): void {
  property(`${name}: ${runs} seeded mutations read the same on both paths (seed ${seed})`, function () {
    this.timeout(0);
    let fastCount = 0;
    fc.assert(
      fc.property(
        editsOf(EDITS, 4, 4),
        (edits) => {
          if (compare(edited(base, edits))) fastCount++;
        },
      ),
      { seed, numRuns: runs },
    );
    console.log(`      seed ${seed}: ${fastCount} of ${runs} took the fast path`);
    assert.ok(fastCount > 0, 'the fast path was exercised');
  });
}

/** Mutations per document (2,300 in all, under `npm run test:properties`); `FAST_RUNS=… npx mocha --require test/properties-full.ts test/core/fast-parse.test.ts` for other counts. */
const RUNS = process.env.FAST_RUNS ? Number(process.env.FAST_RUNS) : undefined;

describe('fast parse (js-yaml) against the yaml path', () => {
  it('the example, the fixtures and generated documents', () => {
    assert.ok(compare(example()), 'the example takes the fast path');
    for (const f of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'))) compare(fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
    for (const n of [1, 5, 40]) assert.ok(compare(generate(n, n)), `generate(${n}) takes the fast path`);
  });

  it('falls back on anchors, tags, block scalars and js-yaml errors', () => {
    for (const t of ['a: &x 1\nb: *x\n', 'a: !!str 1\n', 'a: |\n  x\n', 'a: [\n', 'a: 1\na: 2\n', '']) {
      assert.strictEqual(fastParse(t), undefined, t);
      compare(t);
    }
  });

  it('ends a collection whose last value is empty where the yaml path does, with the comments and blank lines after it or without', () => {
    const texts = ['f:\n- x:\n\nd: 1\n', 'f:\n- x:  \nd: 1\n', 'f:\n- x:  # k\n# c\nd: 1\n', 'f:\n- x:\n\n# c\nd: 1\n', 'f:\n- x:\n# c\n\nd: 1\n',
      'f:\n- x:\n    # deep\nd: 1\n', 'a:\n  b:\n', 'a:\n  b:', 'a:\n  b:\n# c', 'a:\n  b:\n# c\n\n', 'a:\n  b:\n# c\n   \nd: 1\n', 'a:\n  b:\n\n\n', 'a:\n  b:\n  # c\n  e: 1\n'];
    for (const text of texts) assert.ok(compare(text), `${JSON.stringify(text)} takes the fast path`);
  });

  // parse.ts skips the nesting pre-scan for a fast-path document no deeper than half the limit, on this bound.
  /** The pre-scan's estimate: the lowest limit it does not object to. */
  const estimate = (text: string) => {
    let n = 1;
    while (nestingOverflow(text, n) !== undefined) n++;
    return n;
  };
  it("the nesting pre-scan's estimate of a document it reads is at most one level over the document's depth", () => {
    const cases: [string, number, number][] = [
      ['a:\n  b\n', 1, 2], ['a:\n  b:\n    c\n', 2, 3], ['a:\n- x\n', 2, 2], ['a:\n  - - - x\n', 4, 5], ['a: [[[1]]]\n', 4, 4], ['x:\n  -\n    - 1\n', 3, 4],
    ];
    for (const [text, depth, estimated] of cases) {
      assert.strictEqual(fastParse(text)?.depth, depth, text);
      assert.strictEqual(estimate(text), estimated, text);
    }
  });
  property("the nesting pre-scan's estimate is at most one level over the depth on 3000 seeded mutations (seed 5)", () => {
    const nesting = ['\n  ', '\n    ', '  ', '- ', ': ', '\n- ', '{', '[', ']', '}', 'a: ', '\n      x', '\n        - y', '#', ' # c', '"', "'", 'k:\n  ', '-\n  - ', 'x:\n', '\n'];
    let read = 0;
    const numRuns = 3000;
    fc.assert(fc.property(fc.constantFrom(example(), generate(3)), editsOf(nesting, 3, 8), (base, edits) => {
      const text = edited(base, edits);
      const fast = fastParse(text);
      if (!fast) return;
      read++;
      assert.ok(estimate(text) <= fast.depth + 1, `estimate ${estimate(text)}, depth ${fast.depth}: ${JSON.stringify(text)}`);
    }), { numRuns, seed: 5 });
    assert.ok(read > numRuns / 10, `${read} of ${numRuns} mutations took the fast path`);
  });

  mutations('the example', example(), RUNS ?? 300, 20181231);
  mutations('a generated document of 6 activities', generate(6), RUNS ?? 1000, 6);
  mutations('a generated document of 2 activities', generate(2, 3), RUNS ?? 1000, 42);
});
