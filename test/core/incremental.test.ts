import assert from 'assert';
import fc from 'fast-check';
import { generate } from '../../bench/generate';
import { check, type CheckOptions, type CheckResult } from '../../server/src/core/check/check';
import { setFastParse } from '../../server/src/core/syntax/fast-parse';
import { changedRegion, recheck } from '../../server/src/core/check/incremental';
import { LineIndex } from '../../server/src/core/syntax/text';
import { example } from '../helpers';
import { where } from '../mutations';
import { runs as count } from '../properties';

/** Findings as plain data: what a full check and an incremental one must agree on. */
function plain(r: CheckResult): unknown {
  return JSON.parse(JSON.stringify(r.findings));
}

/** A random edit: a character typed, a character deleted, a digit changed, a line copied, a key typed with no value yet. */
const EDIT_TEXTS = ['的', '1', '0', ' ', '\n', ':', '-', '#', '"', '“', '、', 'x', '\n      goal: 新目标', '  ', '&a ', '*a', '- ', '\n      gaol:', '\n          budgt:'];

/** What an author types at the end of a line: mostly text that keeps the document well-formed, so that the next edits start from a result the incremental check can use. */
const TYPED = ['的', '、', '“', 'x', '1', '0', ' ', '%'];

/**
 * Where an edit lands: at a spot anywhere in the text, or (as an author types or deletes in a value) at the end of
 * that spot's line, its removal then taking the line's last characters and never its line break.
 */
function placed(text: string, where: number, remove: number, atLineEnd: boolean): { at: number; removed: number } {
  const spot = Math.min(text.length, Math.floor(where * text.length));
  if (!atLineEnd) return { at: spot, removed: Math.min(remove, text.length - spot) };
  const lineEnd = text.indexOf('\n', spot) < 0 ? text.length : text.indexOf('\n', spot);
  const at = Math.max(text.lastIndexOf('\n', spot - 1) + 1, lineEnd - remove);
  return { at, removed: lineEnd - at };
}

/**
 * The share of edits that must take the incremental path, lest the property compare a full check with itself.
 * Measured at 1 in 5 to 1 in 21 under the full counts (most random edits break the YAML or the schema, and the
 * rest of their sequence then takes the full check), and at 1 in 9 to 1 in 30 under `npm test`'s. 1 in 50,
 * rounded up, fails when the path stops being taken, without failing on a seed's ordinary spread; under
 * `npm test`'s counts that is one edit per document, the full counts hold the share.
 */
const INCREMENTAL_SHARE = 1 / 50;

function equivalence(name: string, base: string, runs: number, seed: number, options: CheckOptions = {}, share = INCREMENTAL_SHARE): void {
  it(`${name}: ${runs} random edit sequences agree with a full check (seed ${seed})`, function () {
    this.timeout(0);
    let edited = 0;
    let incremental = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(where, fc.integer({ min: 0, max: 3 }), fc.constantFrom(...EDIT_TEXTS), fc.constantFrom(...TYPED), fc.boolean()), { minLength: 1, maxLength: 8 }),
        (edits) => {
          let text = base;
          let result = check(text, options);
          for (const [where, remove, any, typed, atLineEnd] of edits) {
            const insert = atLineEnd ? typed : any;
            const prev = result;
            const { at, removed } = placed(text, where, remove, atLineEnd);
            // Half the edits say where they changed the text, as the editor does; the rest are compared.
            const hint = (at + removed) % 2 === 0 ? { start: at, oldEnd: at + removed, newEnd: at + insert.length } : undefined;
            text = text.slice(0, at) + insert + text.slice(at + removed);
            result = recheck(prev, text, options, hint);
            edited++;
            // The activities not edited are the previous result's own objects on the incremental path; a full check builds new ones.
            if (result.model.activities.some((a, k) => a === prev.model.activities[k])) incremental++;
            assert.deepStrictEqual(plain(result), plain(check(text, options)), `after editing at ${at}`);
          }
        },
      ),
      { seed, numRuns: runs },
    );
    console.log(`      seed ${seed}: ${incremental} of ${edited} edits took the incremental path`);
    assert.ok(incremental >= Math.ceil(edited * share), `only ${incremental} of ${edited} edits took the incremental path`);
  });
}

/**
 * Edit sequences per document (30 under `npm run test:properties`, 8 in `npm test`, 2 for the documents at a
 * limit); `RUNS=500 npx mocha test/core/incremental.test.ts` for thousands of edits.
 */
const RUNS = Number(process.env.RUNS ?? count(30, 8));
const AT_LIMITS = Number(process.env.RUNS ?? count(30, 2));

describe('incremental check', () => {
  equivalence('the example', example(), RUNS, 20181231);
  equivalence('a generated document of 30 activities', generate(30), RUNS, 6);
  // A schema error in a section, as while a user types: edits in the activities are still re-read one at a time.
  const generated = generate(30);
  const missing = generated.replace(/\n  change:\n    total: [^\n]*\n/, '\n  change:\n');
  const unknown = generated.replace('threePublicExpenses:\n', 'threePublicExpenses:\n  explanatio: 说明\n');
  equivalence('a generated document of 30 activities, overview.change.total left out', missing, RUNS, 12);
  equivalence('a generated document of 30 activities, an unknown key in threePublicExpenses', unknown, RUNS, 13);
  describe('with the fast path off (the state read from the yaml tree)', () => {
    let was = true;
    before(() => { was = setFastParse(false); });
    after(() => { setFastParse(was); });
    equivalence('the example', example(), RUNS, 20181232);
  });

  // Limits just above the document: random edits cross them, and the incremental check must notice as the full one does.
  const small = generate(8);
  const values = check(small).parsed.values!;
  equivalence('a generated document of 8 activities, 10 values under maxValues', small, AT_LIMITS, 7, { limits: { maxValues: values + 10 } });
  equivalence('a generated document of 8 activities, 12 bytes under maxDocumentBytes', small, AT_LIMITS, 8, { limits: { maxDocumentBytes: Buffer.byteLength(small) + 12 } });
  // At the limit every edit takes the full check (the incremental one declines a document that may be over a limit).
  equivalence('a generated document of 8 activities, at its nesting depth', small, AT_LIMITS, 9, { limits: { maxNestingDepth: 9 } }, 0);

  it('moves a line index over an edit exactly as it is built afresh (LF, CR, CRLF)', () => {
    const unit = fc.constantFrom('a', '\n', '\r', '\r\n', '的');
    fc.assert(fc.property(fc.string({ unit, maxLength: 30 }), fc.string({ unit, maxLength: 30 }), (a, b) => {
      const { start, oldEnd, newEnd } = changedRegion(a, b);
      const moved = new LineIndex(a).edited(b, start, oldEnd, newEnd);
      const fresh = new LineIndex(b);
      assert.strictEqual(moved.lineCount, fresh.lineCount);
      for (let line = 0; line < fresh.lineCount; line++) assert.strictEqual(moved.lineStart(line), fresh.lineStart(line));
    }), { numRuns: count(5000, 500), seed: 11 });
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

  it('re-reads one activity alone while a section has a schema error, and keeps telling that error', () => {
    for (const [what, base, message] of [
      ['a required key left out', missing, /^Missing/],
      ['an unknown key', unknown, /^Unknown key/],
    ] as const) {
      assert.notStrictEqual(base, generated, what);
      const at = base.indexOf('content: ', base.length / 2) + 9;
      const edited = base.slice(0, at) + '的' + base.slice(at);
      const prev = check(base);
      assert.ok(prev.findings.some((f) => f.rule === 'schema' && message.test(f.message.en)), `${what}: ${JSON.stringify(prev.findings.map((f) => f.message.en))}`);
      const result = recheck(prev, edited, {}, { start: at, oldEnd: at, newEnd: at + 1 });
      assert.strictEqual(result.model.activities[0], prev.model.activities[0], `${what}: took the full check`);
      assert.deepStrictEqual(plain(result), plain(check(edited)), what);
    }
  });

  it('checks in full when a schema error lies inside an activity', () => {
    const base = generate(30);
    const from = base.indexOf('  activities:\n');
    const bad = base.slice(0, from) + base.slice(from).replace(/budget: (\d)/, 'budget: x$1');
    assert.ok(check(bad).findings.some((f) => f.rule === 'schema' && f.path === 'performance.activities[0].budget'));
    const at = bad.indexOf('content: ', bad.length / 2) + 9;
    const edited = bad.slice(0, at) + '的' + bad.slice(at);
    const prev = check(bad);
    const result = recheck(prev, edited, {}, { start: at, oldEnd: at, newEnd: at + 1 });
    assert.notStrictEqual(result.model.activities[0], prev.model.activities[0]);
    assert.deepStrictEqual(plain(result), plain(check(edited)));
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
