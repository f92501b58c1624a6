import assert from 'assert';
import fc from 'fast-check';
import { generate } from '../../bench/generate';
import { check, type CheckOptions, type CheckResult } from '../../server/src/core/check/check';
import { setFastParse } from '../../server/src/core/syntax/fast-parse';
import { changedRegion, recheck } from '../../server/src/core/check/incremental';
import { LineIndex } from '../../server/src/core/syntax/text';
import { example } from '../helpers';
import { runs as count } from '../properties';

/** Findings as plain data: what a full check and an incremental one must agree on. */
function plain(r: CheckResult): unknown {
  return JSON.parse(JSON.stringify(r.findings));
}

/** A random edit: a character typed, a character deleted, a digit changed, a line copied, a key typed with no value yet. */
const EDIT_TEXTS = ['的', '1', '0', ' ', '\n', ':', '-', '#', '"', '“', '、', 'x', '\n      goal: 新目标', '  ', '&a ', '*a', '- ', '\n      gaol:', '\n          budgt:'];

function applyEdit(text: string, at: number, remove: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

function equivalence(name: string, base: string, runs: number, seed: number, options: CheckOptions = {}): void {
  it(`${name}: ${runs} random edit sequences agree with a full check (seed ${seed})`, function () {
    this.timeout(0);
    console.log(`      seed ${seed}`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...EDIT_TEXTS)), { minLength: 1, maxLength: 8 }),
        (edits) => {
          let text = base;
          let result = check(text, options);
          for (const [where, remove, insert] of edits) {
            const at = Math.min(text.length, Math.floor(where * text.length));
            // Half the edits say where they changed the text, as the editor does; the rest are compared.
            const hint = (at + remove) % 2 === 0 ? { start: at, oldEnd: at + Math.min(remove, text.length - at), newEnd: at + insert.length } : undefined;
            text = applyEdit(text, at, Math.min(remove, text.length - at), insert);
            result = recheck(result, text, options, hint);
            assert.deepStrictEqual(plain(result), plain(check(text, options)), `after editing at ${at}`);
          }
        },
      ),
      { seed, numRuns: runs },
    );
  });
}

/** Edit sequences per document (30 under `npm run test:properties`, 8 in `npm test`); `RUNS=500 npx mocha test/core/incremental.test.ts` for thousands of edits. */
const RUNS = Number(process.env.RUNS ?? count(30, 8));

describe('incremental check', () => {
  equivalence('the example', example(), RUNS, 20181231);
  equivalence('a generated document of 30 activities', generate(30), RUNS, 6);
  describe('with the fast path off (the state read from the yaml tree)', () => {
    let was = true;
    before(() => { was = setFastParse(false); });
    after(() => { setFastParse(was); });
    equivalence('the example', example(), RUNS, 20181232);
  });

  // Limits just above the document: random edits cross them, and the incremental check must notice as the full one does.
  const small = generate(8);
  const values = check(small).parsed.values!;
  equivalence('a generated document of 8 activities, 10 values under maxValues', small, RUNS, 7, { limits: { maxValues: values + 10 } });
  equivalence('a generated document of 8 activities, 12 bytes under maxDocumentBytes', small, RUNS, 8, { limits: { maxDocumentBytes: Buffer.byteLength(small) + 12 } });
  equivalence('a generated document of 8 activities, at its nesting depth', small, RUNS, 9, { limits: { maxNestingDepth: 9 } });

  it('moves a line index over an edit exactly as it is built afresh (LF, CR, CRLF)', () => {
    const unit = fc.constantFrom('a', '\n', '\r', '\r\n', '的');
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), fc.string({ unit, maxLength: 30 }), (a, b) => {
      const { start, oldEnd, newEnd } = changedRegion(a, b);
      const moved = new LineIndex(a).edited(b, start, oldEnd, newEnd);
      const fresh = new LineIndex(b);
      assert.strictEqual(moved.lineCount, fresh.lineCount);
      for (let line = 0; line < fresh.lineCount; line++) assert.strictEqual(moved.lineStart(line), fresh.lineStart(line));
    }), { numRuns: 5000, seed: 11 });
  });

  it('re-reads one activity alone when the limits are the defaults, given or not', () => {
    const base = generate(30);
    const at = base.indexOf('content: ', base.length / 2) + 9;
    const edited = base.slice(0, at) + '的' + base.slice(at);
    for (const options of [{}, { limits: {} }, { limits: { maxValues: 5_000_000 } }]) {
      const prev = check(base, options);
      const result = recheck(prev, edited, options);
      // The activities not edited are the previous result's own objects: a full check would have built new ones.
      assert.strictEqual(result.model.activities[0], prev.model.activities[0], `${JSON.stringify(options)}: took the full check`);
      assert.deepStrictEqual(plain(result), plain(check(edited, options)));
    }
  });

  it('checks in full when the settings differ from those the last result was told under', () => {
    // numbering-prefix off, then on: the three numbered names are told again, not kept silent from the last result.
    const prev = check(example(), { rules: { 'numbering-prefix': 'off' } });
    const edited = example().replace('content: 综合协调', 'content: 综合协调。');
    assert.notEqual(edited, example());
    const names = (r: CheckResult) => r.findings.filter((f) => f.rule === 'numbering-prefix').map((f) => f.path);
    assert.deepEqual(names(recheck(prev, edited, {})), ['performance.activities[32].name', 'performance.activities[45].name', 'performance.activities[46].name']);
    assert.deepEqual(recheck(prev, edited, {}).findings, check(edited, {}).findings);
  });

  it('keeps telling an unknown key typed with no value inside an activity, on either path', () => {
    const base = example();
    const line = '      budget: 587.00\n';
    const at = base.indexOf(line) + line.length;
    const grade = base.indexOf('poor: <70%') + 'poor:'.length;
    const edits: [string, number, number, string][] = [['a key with no value', at, at, '      budgt:\n'], ['a flow key run into its value', grade, grade + 1, '']];
    for (const fast of [true, false]) {
      const was = setFastParse(fast);
      try {
        for (const [what, start, end, insert] of edits) {
          const text = base.slice(0, start) + insert + base.slice(end);
          const result = recheck(check(base), text, {}, { start, oldEnd: end, newEnd: start + insert.length });
          assert.ok(result.findings.some((f) => f.rule === 'schema' && /^Unknown key/.test(f.message.en)), `${what}, fast path ${fast}`);
          assert.deepStrictEqual(plain(result), plain(check(text)), `${what}, fast path ${fast}`);
        }
      } finally {
        setFastParse(was);
      }
    }
  });

  it('never builds the yaml tree on the way from a fast-path open through edits', () => {
    const base = generate(30);
    let reads = 0;
    /** The result itself (the incremental state is kept per result object), its `parsed.yaml` counted when read. */
    const watched = (r: CheckResult): CheckResult => {
      const read = Object.getOwnPropertyDescriptor(r.parsed, 'yaml')!.get!;
      Object.defineProperty(r.parsed, 'yaml', { get() { reads++; return read.call(this); } });
      return r;
    };
    let text = base;
    let result = watched(check(text));
    assert.notStrictEqual(result.parsed.emptyKeys, undefined, 'the open took the fast path');
    for (const marker of ['content: ', 'goal: ', 'name: ']) {
      const at = text.indexOf(marker, text.length / 3) + marker.length;
      text = text.slice(0, at) + '的' + text.slice(at);
      const prev = result;
      result = watched(recheck(prev, text));
      assert.strictEqual(result.model.activities[0], prev.model.activities[0], `editing after ${marker}: took the full check`);
      assert.deepStrictEqual(plain(result), plain(check(text)));
    }
    assert.strictEqual(reads, 0);
    // Read once asked (a hover, folding): the tree of the text as it now stands.
    assert.strictEqual(result.parsed.yaml.toJS().performance.activities.length, 30);
    assert.strictEqual(String(result.parsed.yaml), String(check(text).parsed.yaml));
  });
});
