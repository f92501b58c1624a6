import assert from 'assert';
import fc from 'fast-check';
import { generate } from '../../bench/generate';
import { check, type CheckOptions, type CheckResult } from '../../server/src/core/check/check';
import { setFastParse } from '../../server/src/core/syntax/fast-parse';
import { canRecheck, changedRegion, recheck, rehearse } from '../../server/src/core/check/incremental';
import { folds } from '../../server/src/core/features/folding';
import { outline } from '../../server/src/core/features/outline';
import { phases } from '../../server/src/core/check/phases';
import { setMaxLayers } from '../../server/src/core/syntax/source';
import { LineIndex } from '../../server/src/core/syntax/text';
import { example } from '../helpers';
import { where } from '../mutations';
import { property, runs as count } from '../properties';

/** `text` with the `n`th (from 1) occurrence of `needle` replaced. */
function nth(text: string, needle: string, n: number, by: string): string {
  let at = -1;
  for (let k = 0; k < n; k++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} occurs ${n} times`);
  return text.slice(0, at) + by + text.slice(at + needle.length);
}

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
 * that spot's line, or of the last value of the flow mapping that ends it (a table's row `- { …, project: 12.00 }`),
 * its removal then taking the value's last characters and never its line break.
 */
function placed(text: string, where: number, remove: number, atLineEnd: boolean): { at: number; removed: number } {
  const spot = Math.min(text.length, Math.floor(where * text.length));
  if (!atLineEnd) return { at: spot, removed: Math.min(remove, text.length - spot) };
  const eol = text.indexOf('\n', spot) < 0 ? text.length : text.indexOf('\n', spot);
  const lineEnd = text.endsWith(' }', eol) ? eol - 2 : eol;
  const at = Math.max(text.lastIndexOf('\n', spot - 1) + 1, lineEnd - remove);
  return { at, removed: lineEnd - at };
}

/**
 * The share of edits that must take the incremental path, lest the property compare a full check with itself.
 * Measured at 1 in 5 to 1 in 21 (most random edits break the YAML or the schema, and the rest of their sequence
 * then takes the full check). 1 in 50 fails when the path stops being taken, without failing on a seed's ordinary
 * spread.
 */
const INCREMENTAL_SHARE = 1 / 50;

/**
 * `tables`: the share of edits that must take the path of one table row (the activities, and the list of them, then
 * are the previous result's own objects).
 */
function equivalence(name: string, base: string, runs: number, seed: number, options: CheckOptions = {}, share = INCREMENTAL_SHARE, tables = 0, texts = { any: EDIT_TEXTS, typed: TYPED }): void {
  property(`${name}: ${runs} random edit sequences agree with a full check (seed ${seed})`, function () {
    this.timeout(0);
    let edited = 0;
    let incremental = 0;
    let inTables = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(where, fc.integer({ min: 0, max: 3 }), fc.constantFrom(...texts.any), fc.constantFrom(...texts.typed), fc.boolean()), { minLength: 1, maxLength: 8 }),
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
            // The activities not edited are the previous result's own objects on the incremental path; a full check builds
            // new ones. A text with a syntax error keeps its model (that of no data) on the incremental path.
            const broken = result !== prev && result.model === prev.model;
            if (broken || result.model.activities.some((a, k) => a === prev.model.activities[k])) incremental++;
            if (result !== prev && result.model.activities === prev.model.activities && !broken) inTables++;
            const full = check(text, options);
            assert.deepStrictEqual(plain(result), plain(full), `after editing at ${at}`);
            // What reads figures and values through the fast path's shortcuts keys on these: listed as a full check lists them, in its order.
            assert.deepStrictEqual(result.parsed.emptyKeys, full.parsed.emptyKeys, `the empty keys after editing at ${at}`);
            // Every syntax problem, told or not, where a full check finds it; and what the outline and folding read of the text.
            assert.deepStrictEqual(result.parsed.syntax, full.parsed.syntax, `the syntax problems after editing at ${at}`);
            if (broken) {
              assert.deepStrictEqual(outline(result, 'zh-CN'), outline(full, 'zh-CN'), `the outline after editing at ${at}`);
              assert.deepStrictEqual(folds(result), folds(full), `the folds after editing at ${at}`);
            }
          }
        },
      ),
      { seed, numRuns: runs },
    );
    console.log(`      seed ${seed}: ${incremental} of ${edited} edits took the incremental path, ${inTables} of them in a table row`);
    assert.ok(incremental >= Math.ceil(edited * share), `only ${incremental} of ${edited} edits took the incremental path`);
    assert.ok(inTables >= Math.ceil(edited * tables), `only ${inTables} of ${edited} edits took the path of a table row`);
  });
}

/**
 * Edit sequences per document, under `npm run test:properties`; `RUNS=500 npx mocha --require
 * test/properties-full.ts test/core/incremental.test.ts` for thousands of edits.
 */
const RUNS = Number(process.env.RUNS ?? 30);
/** Sequences of figures edited in the tables' rows (each edit a full check beside it). */
const TWIN_RUNS = RUNS;
/** The generated documents' activities (the edit sequences' cost grows with them). */
const SIZE = 30;

describe('incremental check', () => {
  equivalence('the example', example(), RUNS, 20181231);
  equivalence(`a generated document of ${SIZE} activities`, generate(SIZE), RUNS, 1);
  // Nine tenths of it the nine tables: most edits land in a row.
  // What is typed in a table's cells: digits and names mostly, and what breaks a row (a comma, a brace, a colon).
  equivalence('a generated document with the nine tables', generate(2, 1, 2), RUNS, 2, {}, INCREMENTAL_SHARE, INCREMENTAL_SHARE,
    { any: ['1', '0', '的', ' ', ',', '}', ':', '\n', '-', '#', '&a ', '*a'], typed: ['1', '0', '5', '的', '、', '.'] });
  // A schema error in a section, as while a user types: edits in the activities are still re-read one at a time.
  const generated = generate(SIZE);
  const missing = generated.replace(/\n  change:\n    total: [^\n]*\n/, '\n  change:\n');
  const unknown = generated.replace('threePublicExpenses:\n', 'threePublicExpenses:\n  explanatio: 说明\n');
  equivalence(`a generated document of ${SIZE} activities, overview.change.total left out`, missing, RUNS, 12);
  equivalence(`a generated document of ${SIZE} activities, an unknown key in threePublicExpenses`, unknown, RUNS, 13);
  // A YAML syntax error, before the activities, inside one of them or after them: edits in the other activities are
  // re-read one at a time, and the problems told where they now stand.
  for (const [where, broken, seed] of [
    ['a line `  tot` in overview', generated.replace('\n  change:\n', '\n  tot\n  change:\n'), 14],
    ['a nested mapping in the content of the tenth activity', nth(generated, '\n      content: ', 10, '\n      content: 目标: '), 15],
    ['a line `  tot` in procurement', generated.replace('\nprocurement:\n', '\nprocurement:\n  tot\n'), 16],
    ['a tab indenting a line of overview', generated.replace('\n  change:\n', '\n\tchange:\n'), 17],
    ['a flow mapping of threePublicExpenses left open', generated.replace(/(\n  reception: \{[^\n]*) \}\n/, '$1\n'), 18],
  ] as const) {
    equivalence(`a generated document of ${SIZE} activities, a YAML syntax error: ${where}`, broken, RUNS, seed);
  }
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
  // At the limit every edit takes the full check (the incremental one declines a document that may be over a limit).
  equivalence('a generated document of 8 activities, at its nesting depth', small, RUNS, 9, { limits: { maxNestingDepth: 9 } }, 0);

  property('moves a line index over an edit exactly as it is built afresh (LF, CR, CRLF)', () => {
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

  /** A finding as the editor shows it: the rule, the YAML path, where (0-based lines and characters), the message. */
  const shown = (f: CheckResult['findings'][number]) => [f.rule, f.path, f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character, f.message.en];

  it('re-reads one activity alone while a section has a YAML syntax error, and keeps telling that error where it stands', () => {
    const broken = generated.replace('\n  change:\n', '\n  tot\n  change:\n');
    const prev = check(broken);
    assert.ok(canRecheck(prev));
    const at = broken.indexOf('content: ', broken.length / 2) + 9;
    const edited = broken.slice(0, at) + '的' + broken.slice(at);
    const result = recheck(prev, edited, {}, { start: at, oldEnd: at, newEnd: at + 1 });
    assert.strictEqual(result.model, prev.model, 'took the full check');
    assert.deepStrictEqual(result.findings.map(shown), [[
      'yaml-syntax', '', 24, 2, 24, 5,
      'YAML syntax error: this line has no “key: value” and is not indented under the key above, so it reads as a new key; if it continues the value above, indent it under that key',
    ]]);
    assert.deepStrictEqual(plain(result), plain(check(edited)));
    assert.ok(canRecheck(result), 'the next edit too');
  });

  it('moves a YAML syntax problem after the edited activity with the text, as a full check finds it', () => {
    const broken = generated.replace('\nprocurement:\n', '\nprocurement:\n  tot\n');
    const prev = check(broken);
    const line = prev.findings[0]!.range.start.line;
    // A line of the middle activity's content written as two, its second indented under its key: the problem is a line further down.
    const key = broken.indexOf('content: ', broken.length / 2);
    const column = key - broken.lastIndexOf('\n', key) - 1;
    const at = key + 12;
    const edited = `${broken.slice(0, at)}\n${' '.repeat(column + 2)}${broken.slice(at)}`;
    const result = recheck(prev, edited);
    assert.strictEqual(result.model, prev.model, 'took the full check');
    assert.deepStrictEqual(result.findings.map(shown), [['yaml-syntax', '', line + 1, 2, line + 1, 5, prev.findings[0]!.message.en]]);
    assert.deepStrictEqual(plain(result), plain(check(edited)));
    assert.deepStrictEqual(result.parsed.syntax, check(edited).parsed.syntax);
  });

  it('checks in full, while the text has a YAML syntax error, an edit in the activity that holds it, one that leaves an activity unreadable alone, and one outside the activities', () => {
    const inside = nth(generated, '\n      content: ', 10, '\n      content: 目标: ');
    const prev = check(inside);
    const tenth = inside.indexOf('content: 目标: ') + 9;
    const other = inside.indexOf('content: ', inside.length / 2) + 9;
    const year = inside.indexOf('year: 2018') + 10;
    for (const [what, text, at, insert] of [
      ['in the activity with the problem', inside, tenth, '的'],
      ['a second problem in another activity', inside, other, '目标: '],
      ['in a section', inside, year, '1'],
    ] as const) {
      const edited = text.slice(0, at) + insert + text.slice(at);
      const result = recheck(prev, edited);
      assert.notStrictEqual(result.model, prev.model, `${what}: re-read in part`);
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

  it('checks in full an edit that makes or unmakes the document\'s common scale of grades, which the indicators of every activity are read by', () => {
    // The example grades all its indicators ≥90% / ≥80% / ≥70% / <70%: its counts are not told. One indicator of the
    // first activity graded otherwise, and the counts of the others are graded one by one: told, then not again.
    const base = example();
    const at = base.indexOf('excellent: ≥90%', base.indexOf('- name: 综合协调处理')) + 'excellent: ≥'.length;
    const edited = base.slice(0, at) + '95' + base.slice(at + 2);
    const counts = (r: CheckResult) => r.findings.filter((f) => f.rule === 'indicator-unit').map((f) => f.path);
    const prev = check(base);
    assert.deepEqual(counts(prev), ['performance.activities[46].children[0].indicators[0].name']);
    const result = recheck(prev, edited, {}, { start: at, oldEnd: at + 2, newEnd: at + 2 });
    assert.deepStrictEqual(plain(result), plain(check(edited)));
    assert.equal(counts(result).length, 15);
    assert.ok(counts(result).includes('performance.activities[3].children[0].indicators[0].name'));
    const back = recheck(result, base, {}, { start: at, oldEnd: at + 2, newEnd: at + 2 });
    assert.deepStrictEqual(plain(back), plain(prev));
    // An edit that leaves the scale as it is still re-reads its activity alone.
    const fresh = check(base);
    const typed = base.replace('content: 综合协调、', 'content: 综合协调，');
    assert.strictEqual(recheck(fresh, typed).model.activities[1], fresh.model.activities[1]);
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

  it('keeps the last result for the same text under the same settings, and checks it again under others', () => {
    // A preview opened again on an unchanged document: nothing to check. The settings' objects may be new ones.
    const prev = check(example(), { rules: { 'numbering-prefix': 'off' } });
    assert.strictEqual(recheck(prev, example(), { rules: { 'numbering-prefix': 'off' } }), prev);
    const names = (r: CheckResult) => r.findings.filter((f) => f.rule === 'numbering-prefix').map((f) => f.path);
    const other = recheck(prev, example(), {});
    assert.notStrictEqual(other, prev);
    assert.deepEqual(names(other), ['performance.activities[32].name', 'performance.activities[45].name', 'performance.activities[46].name']);
    assert.deepEqual(other.findings, check(example(), {}).findings);
    assert.notStrictEqual(recheck(prev, example(), { rules: { 'numbering-prefix': 'off' }, directives: false }), prev);
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

  it('re-reads one table row alone, through a sum made wrong and right again, and keeps the activities', () => {
    const base = generate(2, 1, 2);
    const row = '      - { code: 2010101, name: 综合协调1, amount: ';
    const at = base.indexOf(row) + row.length;
    const digit = base[at]!;
    const other = digit === '9' ? '8' : '9';
    let text = base;
    let result = check(text);
    // The name typed into, then a digit of the amount changed (表三 no longer adds up) and changed back.
    const edits: [number, number, string][] = [[base.indexOf('综合协调1', at - row.length) + 5, 0, '的'], [at + 1, 1, other], [at + 1, 1, digit]];
    const told: string[][] = [];
    for (const [start, removed, insert] of edits) {
      const prev = result;
      text = text.slice(0, start) + insert + text.slice(start + removed);
      result = recheck(prev, text, {}, { start, oldEnd: start + removed, newEnd: start + insert.length });
      assert.strictEqual(result.model.activities, prev.model.activities, `${insert}: took the full check`);
      assert.deepStrictEqual(plain(result), plain(check(text)), insert);
      told.push(result.findings.filter((f) => f.rule === 'sum-mismatch').map((f) => f.path));
    }
    assert.deepStrictEqual(told[0], []);
    assert.ok(told[1]!.includes('tables.expenditure.rows[2].amount'), JSON.stringify(told[1]));
    assert.deepStrictEqual(told[2], []);
  });

  it('tells again what an edit in one table changes in another\'s findings: 表三\'s sum fixed only while 表五 does not bear its parts out', () => {
    const base = generate(2, 1, 2);
    const row = '- { code: 20101, name: 政务服务事务1, amount: 2424768';
    const tables = base.indexOf('\ntables:');
    let text = base;
    let result = check(text);
    const told: string[] = [];
    // The same digit of 20101's amount changed in 表三, then in 表五: 表三's rows then no longer the only ones that say so.
    for (const table of ['\n  expenditure:', '\n  generalBudget:']) {
      const at = base.indexOf(row, base.indexOf(table, tables)) + row.length;
      const prev = result;
      text = text.slice(0, at) + '9' + text.slice(at + 1);
      result = recheck(prev, text, {}, { start: at, oldEnd: at + 1, newEnd: at + 1 });
      assert.strictEqual(result.model.activities, prev.model.activities, `${table}: took the full check`);
      assert.deepStrictEqual(plain(result), plain(check(text)), table);
      const parent = result.findings.find((f) => f.rule === 'sum-mismatch' && f.path === 'tables.expenditure.rows[0].amount')!;
      assert.strictEqual(parent.message.en, 'Table 3 (expenditure), 201 政务服务支出: the amount 916669300.00 does not match the amount of its child rows 916669390.00 (difference -90.00)');
      told.push(JSON.stringify({ fix: parent.fix?.title.en, suggestions: parent.suggestions?.map((x) => x.title.en) }));
    }
    assert.deepStrictEqual(told, [
      JSON.stringify({ fix: 'Change 20101 政务服务事务1 242476890.00 to 242476800.00' }),
      JSON.stringify({ suggestions: ['Change to 916669390.00 (if the parts are right)'] }),
    ]);
  });

  it('tells a share in a row against its new parent when an edit in another row takes its parent away', () => {
    const row = '- { code: 2010101, name: 综合协调1, amount: 115016000.00, basic: 29114200.00, project: 85901800.00';
    const generated = generate(2, 1, 1);
    const expenditure = generated.indexOf('\n  expenditure:', generated.indexOf('\ntables:'));
    const written = generated.indexOf(row, expenditure) + row.length;
    // 2010101's share of 20101 (433526800.00), as written; then 20101's code typed into, 201 its parent instead.
    const base = generated.slice(0, written) + ', share: 26.53%' + generated.slice(written);
    const open = check(base);
    assert.deepStrictEqual(open.findings.filter((f) => f.rule === 'share-mismatch'), []);
    const at = base.indexOf('- { code: 20101,', expenditure) + '- { code: 2010'.length;
    const text = base.slice(0, at) + '9' + base.slice(at + 1);
    const result = recheck(open, text, {}, { start: at, oldEnd: at + 1, newEnd: at + 1 });
    assert.strictEqual(result.model.activities, open.model.activities, 'took the full check');
    assert.deepStrictEqual(plain(result), plain(check(text)));
    assert.deepStrictEqual(result.findings.filter((f) => f.rule === 'share-mismatch').map((f) => [f.path, f.message.en]), [['tables.expenditure.rows[2].share',
      'The share 26.53% of 2010101 综合协调1 does not match 6.2598%, computed as 115016000.00 ÷ its parent 201 政务服务支出 1837363400.00; it should be 6.26%']]);
  });

  // Figures changed in the tables' rows, the same row's figure often changed alike in its twin table (表三 and 表五
  // state the same codes): what one table says of another's figures (which of a sum's figures is wrong, a total
  // against another table's) must follow every edit, as each table's relations are kept while it is not edited.
  property(`table figures edited in turn in twin tables: ${TWIN_RUNS} sequences agree with a full check (seed 15)`, function () {
    this.timeout(0);
    const base = generate(2, 1, 1);
    const twins: Record<string, string> = { expenditure: 'generalBudget', generalBudget: 'expenditure', basic: 'basic' };
    /** Where the `cell`-th figure of the `row`-th row of a table begins, in the text as it stands. */
    const figureAt = (text: string, table: string, row: number, cell: number): number | undefined => {
      const start = text.indexOf(`\n  ${table}:\n`, text.indexOf('\ntables:'));
      const next = /\n {2}\w/.exec(text.slice(start + 1));
      const rows = [...text.slice(start, next ? start + 1 + next.index : undefined).matchAll(/\n {6}- \{ code: \d+, name: [^,]+, ([^}]*)\}/g)];
      const line = rows[row % rows.length];
      if (!line) return undefined;
      const figures = [...line[1]!.matchAll(/\d+\.\d\d/g)];
      const figure = figures[cell % figures.length]!;
      return start + line.index! + line[0].indexOf(line[1]!) + figure.index!;
    };
    let edited = 0;
    let inRows = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('expenditure', 'generalBudget', 'basic'), fc.nat(40), fc.nat(2), fc.integer({ min: 1, max: 6 }), fc.constantFrom('0', '1', '5', '9'), fc.boolean()), { minLength: 1, maxLength: 6 }),
        (edits) => {
          let text = base;
          let result = check(text);
          for (const [table, row, cell, back, digit, twin] of edits) {
            for (const t of twin ? [table, twins[table]!] : [table]) {
              const figure = figureAt(text, t, row, cell);
              if (figure === undefined) continue;
              // A digit before the decimal point, `back` places to its left (the figure's first digit kept).
              const point = text.indexOf('.', figure);
              const at = Math.max(figure + 1, point - back);
              if (at >= point) continue;
              const prev = result;
              text = text.slice(0, at) + digit + text.slice(at + 1);
              result = recheck(prev, text, {}, { start: at, oldEnd: at + 1, newEnd: at + 1 });
              edited++;
              if (result.model.activities === prev.model.activities) inRows++;
              assert.deepStrictEqual(plain(result), plain(check(text)), `after ${t} row ${row} cell ${cell}`);
            }
          }
        },
      ),
      { seed: 15, numRuns: TWIN_RUNS },
    );
    console.log(`      seed 15: ${inRows} of ${edited} edits re-read one table row`);
    assert.ok(inRows === edited && edited >= TWIN_RUNS, `${inRows} of ${edited} edits re-read one table row`);
  });

  it('keeps agreeing with a full check past the edits after which the tables are copied out of their layers', () => {
    // 64 layers under the full counts; 8 in `npm test`, whose copy is the same.
    const layers = count(64, 8);
    const was = setMaxLayers(layers);
    try {
      let text = generate(2, 1, 2);
      let result = check(text);
      const rows = [...text.matchAll(/- \{ code: \d+, name: [^,]+/g)].map((m) => m.index! + m[0].length);
      const edits = layers + 6;
      assert.ok(rows.length > edits);
      for (let k = 0; k < edits; k++) {
        // Each edit one character into the name of the next row down: the k characters typed above it moved it by k.
        const at = rows[k]! + k;
        const prev = result;
        text = text.slice(0, at) + '的' + text.slice(at);
        result = recheck(prev, text, {}, { start: at, oldEnd: at, newEnd: at + 1 });
        assert.strictEqual(result.model.activities, prev.model.activities, `edit ${k}: took the full check`);
        if (k % 10 === 9 || k >= layers - 2) assert.deepStrictEqual(plain(result), plain(check(text)), `edit ${k}`);
      }
    } finally {
      setMaxLayers(was);
    }
  });

  it('checks in full an edit in a table row that leaves a key with no value, or one after the tree was read', () => {
    const base = generate(2, 1, 2);
    const cell = 'name: 综合协调1, amount: ';
    const at = base.indexOf(cell) + cell.length;
    const end = base.indexOf(',', at);
    const emptied = base.slice(0, at) + base.slice(end);
    const prev = check(base);
    const result = recheck(prev, emptied, {}, { start: at, oldEnd: end, newEnd: at });
    assert.notStrictEqual(result.model.activities, prev.model.activities);
    assert.deepStrictEqual(plain(result), plain(check(emptied)));
    // Typed into the name twice; between the two, the tree of the first result read (as a hover or folding would).
    const name = base.indexOf('综合协调1', base.indexOf('\ntables:')) + 5;
    const once = base.slice(0, name) + '的' + base.slice(name);
    const open = check(base);
    const first = recheck(open, once, {}, { start: name, oldEnd: name, newEnd: name + 1 });
    assert.strictEqual(first.model.activities, open.model.activities);
    assert.strictEqual(String(first.parsed.yaml), String(check(once).parsed.yaml));
    const twice = once.slice(0, name) + '的' + once.slice(name);
    const second = recheck(first, twice, {}, { start: name, oldEnd: name, newEnd: name + 1 });
    assert.notStrictEqual(second.model.activities, first.model.activities);
    assert.deepStrictEqual(plain(second), plain(check(twice)));
  });

  it('lists after an edit the keys with no value that a full check lists, in document order, while the fast path would read the text', () => {
    const base = example();
    let text = base;
    let result = check(text);
    assert.notStrictEqual(result.parsed.emptyKeys, undefined, 'the open took the fast path');
    // In activities 1 and 3 (a key with no value added, one run into a block scalar the fast path does not read,
    // and taken out again), in a table row (a `#` run into a name, which the fast path does not read, and taken out).
    const content = (k: number) => result.parsed.source.get(['performance', 'activities', k, 'content'])!.value;
    const steps: [string, () => [number, number, string], boolean][] = [
      ['a character typed into a content', () => [content(1).start + 1, 0, '的'], true],
      ['a key with no value in another activity', () => [content(3).end, 0, '\n      gaol:'], true],
      ['a block scalar', () => [content(1).start, 0, '|\n        '], false],
      ['a character typed elsewhere', () => [content(3).start + 1, 0, 'x'], false],
      ['the block scalar taken out', () => [content(1).start - 1, '|\n        '.length + 1, ' '], true],
    ];
    for (const [what, at, listed] of steps) {
      const [start, removed, insert] = at();
      const prev = result;
      text = text.slice(0, start) + insert + text.slice(start + removed);
      result = recheck(prev, text, {}, { start, oldEnd: start + removed, newEnd: start + insert.length });
      const full = check(text);
      assert.strictEqual(result.model.activities[0], prev.model.activities[0], `${what}: took the full check`);
      assert.strictEqual(full.parsed.emptyKeys !== undefined, listed, `${what}: the full check's path`);
      assert.deepStrictEqual(result.parsed.emptyKeys, full.parsed.emptyKeys, what);
      assert.deepStrictEqual(plain(result), plain(full), what);
    }
    assert.deepStrictEqual(result.parsed.emptyKeys?.filter((k) => k.parent[0] === 'performance'), [{ parent: ['performance', 'activities', 3], key: 'gaol' }]);
  });

  it('lists the keys with no value after an edit in a table row as a full check does, none while the row is one the fast path would not read', () => {
    const base = generate(2, 1, 2).replace('threePublicExpenses:\n', 'threePublicExpenses:\n  explanatio:\n');
    const name = base.indexOf('      - { code: 2010101, name: 综合协调1') + '      - { code: 2010101, name: 综合协调1'.length;
    let text = base;
    let result = check(text);
    for (const [start, removed, insert, listed] of [[name, 0, '#', false], [name, 1, '', true]] as const) {
      const prev = result;
      text = text.slice(0, start) + insert + text.slice(start + removed);
      result = recheck(prev, text, {}, { start, oldEnd: start + removed, newEnd: start + insert.length });
      const full = check(text);
      assert.strictEqual(result.model.activities, prev.model.activities, `${insert}: took the full check`);
      assert.strictEqual(full.parsed.emptyKeys !== undefined, listed, `${insert}: the full check's path`);
      assert.deepStrictEqual(result.parsed.emptyKeys, full.parsed.emptyKeys, insert);
      assert.deepStrictEqual(plain(result), plain(full), insert);
    }
    assert.deepStrictEqual(result.parsed.emptyKeys, [{ parent: ['threePublicExpenses'], key: 'explanatio' }]);
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

describe('rehearsed edits', () => {
  /** Steps of `rehearse` on a result, and how many full checks they ran (the check's own line-index mark). */
  function rehearsed(result: CheckResult, options: CheckOptions = {}): { steps: number; fullChecks: number } {
    let fullChecks = 0;
    phases.mark = (stage) => {
      if (stage === 'line index') fullChecks++;
    };
    try {
      let steps = 0;
      for (const _ of rehearse(result, options)) steps++;
      return { steps, fullChecks };
    } finally {
      phases.mark = undefined;
    }
  }

  property('leave the result, and every edit checked from it, as they would be without them (random edit sequences)', function () {
    this.timeout(0);
    const base = generate(SIZE);
    let edited = 0;
    let incremental = 0;
    const contents = [...base.matchAll(/^ {6}content: /gm)].map((m) => m.index! + m[0].length);
    // First a character typed into a top-level activity's content (the first edit from the rehearsed result is the
    // one a shared record of edits would send to the full check), then edits anywhere.
    fc.assert(fc.property(fc.nat({ max: contents.length - 1 }), fc.constantFrom(...TYPED), fc.array(fc.tuple(where, fc.integer({ min: 0, max: 3 }), fc.constantFrom(...TYPED), fc.boolean()), { maxLength: 5 }), (k, typed, rest) => {
      const edits: [number, number, string, boolean][] = [[contents[k]! / base.length, 0, typed, false], ...rest];
      let plainText = base;
      let without = check(base);
      let withIt = check(base);
      const before = plain(withIt);
      // All eight: a character into a content, a goal and a name, a budget's digit, around the middle activity.
      assert.deepStrictEqual(rehearsed(withIt), { steps: 8, fullChecks: 0 });
      assert.deepStrictEqual(plain(withIt), before);
      for (const [at0, remove, insert, atLineEnd] of edits) {
        const { at, removed } = placed(plainText, at0, remove, atLineEnd);
        const region = { start: at, oldEnd: at + removed, newEnd: at + insert.length };
        plainText = plainText.slice(0, at) + insert + plainText.slice(at + removed);
        const [a, b] = [recheck(without, plainText, {}, region), recheck(withIt, plainText, {}, region)];
        // The same path taken (the rehearsal left the record of edits made from the result as it was), the same findings.
        const reRead = (r: CheckResult, prev: CheckResult) => r.model.activities.some((x, k) => x === prev.model.activities[k]);
        assert.strictEqual(reRead(b, withIt), reRead(a, without), `after editing at ${at}`);
        if (reRead(b, withIt)) incremental++;
        edited++;
        assert.deepStrictEqual(plain(b), plain(a), `after editing at ${at}`);
        assert.deepStrictEqual(b.parsed.data, a.parsed.data);
        [without, withIt] = [a, b];
      }
      assert.deepStrictEqual(plain(withIt), plain(check(plainText)));
    }), { seed: 31, numRuns: 20 });
    assert.ok(incremental >= Math.ceil(edited * INCREMENTAL_SHARE), `only ${incremental} of ${edited} edits took the incremental path`);
  });

  it('re-read each edit alone: the first edit after them still takes the incremental path', () => {
    const base = generate(30);
    const open = check(base);
    assert.strictEqual(rehearsed(open).steps, 8);
    const at = base.indexOf('content: ', base.length / 2) + 9;
    const text = base.slice(0, at) + '的' + base.slice(at);
    const result = recheck(open, text, {}, { start: at, oldEnd: at, newEnd: at + 1 });
    assert.strictEqual(result.model.activities[0], open.model.activities[0], 'took the full check');
    assert.deepStrictEqual(plain(result), plain(check(text)));
  });

  it('yield each rehearsed edit\'s result, which is what a full check of its text says (the preview renders them)', () => {
    const open = check(generate(30));
    let prev = open.parsed.text;
    let n = 0;
    for (const result of rehearse(open)) {
      // One character typed or changed from the text before.
      const text = result.parsed.text;
      assert.ok(Math.abs(text.length - prev.length) <= 1 && text !== prev, `step ${n}`);
      assert.deepStrictEqual(plain(result), plain(check(text)), `step ${n}`);
      prev = text;
      n++;
    }
    assert.strictEqual(n, 8);
    assert.strictEqual(open.parsed.text, generate(30));
  });

  it('on a text with a YAML syntax error elsewhere: each re-read alone, what a full check of its text says, the result left as it was', () => {
    const base = generate(30).replace('\n  change:\n', '\n  tot\n  change:\n');
    const open = check(base);
    const before = plain(open);
    let n = 0;
    for (const result of rehearse(open)) {
      assert.strictEqual(result.model, open.model, `step ${n}: checked in full`);
      assert.deepStrictEqual(plain(result), plain(check(result.parsed.text)), `step ${n}`);
      n++;
    }
    assert.strictEqual(n, 8);
    assert.deepStrictEqual(rehearsed(open), { steps: 8, fullChecks: 0 });
    assert.deepStrictEqual(plain(open), before);
    assert.strictEqual(open.parsed.text, base);
  });

  it('are none, and no check runs, for a result whose edits are checked in full, or one read by the yaml path', () => {
    const text = generate(30);
    const from = text.indexOf('  activities:\n');
    const inActivity = text.slice(0, from) + text.slice(from).replace(/budget: (\d)/, 'budget: x$1');
    // An unclosed quote where the list of activities starts: the activities are read as one text, no list.
    const syntax = text.replace('  activities:\n', '  activities: "\n');
    for (const [what, result] of [['a schema error in an activity', check(inActivity)], ['a syntax error that leaves no list of activities', check(syntax)], ['under other settings', check(text, { rules: { 'missing-kpi': 'off' } })]] as const) {
      assert.deepStrictEqual(rehearsed(result), { steps: 0, fullChecks: 0 }, what);
    }
    const was = setFastParse(false);
    try {
      assert.deepStrictEqual(rehearsed(check(text)), { steps: 0, fullChecks: 0 }, 'the yaml path');
    } finally {
      setFastParse(was);
    }
  });

  it('end without a full check when an edit of theirs cannot be re-read alone (a suppression comment in the middle activity)', () => {
    const text = generate(30);
    // Activity 15 of 30, where the rehearsal's first edit lands.
    let item = -1;
    for (let k = 0; k <= 15; k++) item = text.indexOf('\n    - name: ', item + 1);
    const middle = text.lastIndexOf('\n', text.indexOf('content: ', item)) + 1;
    const commented = `${text.slice(0, middle)}      # budget-disable-next-line missing-kpi\n${text.slice(middle)}`;
    const result = check(commented);
    assert.ok(result.findings.every((f) => f.severity === 'info'), JSON.stringify(result.findings.map((f) => f.rule)));
    assert.deepStrictEqual(rehearsed(result), { steps: 0, fullChecks: 0 });
  });
});
