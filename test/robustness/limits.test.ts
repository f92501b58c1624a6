import { strict as assert } from 'assert';
import { check, type CheckOptions } from '../../server/src/core/check/check';
import { DEFAULT_LIMITS, resolveLimits, sameLimits } from '../../server/src/core/syntax/limits';
import { fixture, pin, type Pinned } from '../helpers';
import { runs } from '../properties';

/**
 * The large cases at full size under `npm run test:properties` (CI); `npm test` runs each at a tenth of its size,
 * which pins the same findings in a fraction of the time.
 */
const VALUES_ON_A_LINE = runs(300_000, 30_000);
const DOCUMENT_MB = runs(10, 1);
const KEYS = runs(20_000, 2_000);

/** Generous: these answer in well under a second on an idle machine; CI runners are shared. */
const BOUND_MS = 10_000;
const measured: string[] = [];

/** The findings of a hostile text, and how long the answer took (logged, bounded). */
function timed(name: string, text: string, options?: CheckOptions): Pinned[] {
  const t0 = performance.now();
  const findings = check(text, options).findings.map(pin);
  const ms = performance.now() - t0;
  measured.push(`${name}: ${ms.toFixed(0)} ms`);
  assert.ok(ms < BOUND_MS, `${name} took ${ms.toFixed(0)} ms`);
  return findings;
}

const limitFinding = (range: string, zh: string, en: string): Pinned => ({ rule: 'yaml-syntax', severity: 'error', path: '', range, zh, en });

const TOO_DEEP = (range: string) => limitFinding(
  range,
  '嵌套过深：超过 100 层（设置 budget.limits.maxNestingDepth），未检查。请检查括号是否成对、缩进是否正确。',
  'Nesting is too deep: more than 100 levels (setting budget.limits.maxNestingDepth); the file was not checked. Check that brackets are paired and the indentation is right.',
);

const TOO_LARGE = (mb: string) => limitFinding(
  '1:1-1:1',
  `文件过大（${mb} MB），超过上限 32.0 MB（设置 budget.limits.maxDocumentBytes），未检查。请确认没有误粘贴大段内容，或把文件拆分。`,
  `The file is too large (${mb} MB), above the limit of 32.0 MB (setting budget.limits.maxDocumentBytes); it was not checked. Check that nothing large was pasted by mistake, or split the file.`,
);

describe('resource limits', () => {
  after(() => console.log(`      limit cases: ${measured.join('; ')}`));

  describe('aliases', () => {
    it('answers a billion-laughs alias bomb with the alias limit, pointing at the first alias', () => {
      const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
      for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
      assert.deepEqual(timed('billion laughs', lines.join('\n') + '\n'), [limitFinding(
        '2:10-2:13',
        '别名（*名称）展开次数超过上限 1000（设置 budget.limits.maxAliasCount），疑似“别名炸弹”，未检查。请直接写出内容，少用别名。',
        'Aliases (*name) expand more than 1000 times (setting budget.limits.maxAliasCount), which looks like an alias bomb; the file was not checked. Write the content out instead of aliasing it.',
      )]);
    });

    it('answers a wide alias (10,000 values aliased 600 times: few aliases, 6,000,000 values) with the values limit', () => {
      const text = `a: &a [${Array(10_000).fill('1').join(', ')}]\nb: [${Array(600).fill('*a').join(', ')}]\n`;
      assert.deepEqual(timed('wide alias', text), [limitFinding(
        '2:5-2:7',
        '别名展开后值的个数超过上限 5000000（设置 budget.limits.maxValues），未检查。请少用别名，或把文件拆分。',
        'With aliases expanded, the file holds more than 5000000 values (setting budget.limits.maxValues); it was not checked. Use fewer aliases, or split the file.',
      )]);
    });

    it('answers aliases that stack levels (60 deep each, chained twice) with the nesting limit', () => {
      const lines = ['a0: &a0 ' + '['.repeat(60) + 'x' + ']'.repeat(60)];
      for (let i = 1; i < 3; i++) lines.push(`a${i}: &a${i} ${'['.repeat(60)}*a${i - 1}${']'.repeat(60)}`);
      assert.deepEqual(timed('stacked aliases', lines.join('\n') + '\n'), [TOO_DEEP('2:69-2:70')]);
    });

    it('answers an alias inside its own anchor with the cycle finding', () => {
      assert.deepEqual(timed('alias cycle', 'notes: &n [*n]\n'), [limitFinding(
        '1:12-1:14',
        '别名引用了包含它自己的内容（循环别名），无法展开，未检查。请去掉这个别名，直接写出内容。',
        'An alias refers to a value that contains it (a cycle) and cannot be expanded; the file was not checked. Remove the alias and write the content out.',
      )]);
    });

    it('still checks a document that uses a few aliases normally', () => {
      const text = fixture('consistent.budget.yaml').replace('notes:\n  - 本部门无国有资本经营收入。', 'notes: &n\n  - 本部门无国有资本经营收入。\nglossaryNotes: *n');
      assert.deepEqual(timed('few aliases', text).map((f) => f.path), ['glossaryNotes']);
    });
  });

  describe('nesting', () => {
    it('answers 20,000 nested brackets at the bracket that goes past 100 levels', () => {
      assert.deepEqual(timed('20,000 [', '['.repeat(20_000) + ']'.repeat(20_000)), [TOO_DEEP('1:100-1:101')]);
    });

    it('answers 20,000 unclosed brackets after a key the same way', () => {
      assert.deepEqual(timed('20,000 unclosed [', 'notes: ' + '['.repeat(20_000) + '\n'), [TOO_DEEP('1:107-1:108')]);
    });

    it('answers 20,000 nested flow mappings', () => {
      assert.deepEqual(timed('20,000 {a:', '{a: '.repeat(20_000) + '1' + '}'.repeat(20_000)), [TOO_DEEP('1:397-1:398')]);
    });

    it('answers 20,000 nested block lists on one line (- - - …)', () => {
      assert.deepEqual(timed('20,000 "- "', '- '.repeat(20_000) + 'x\n'), [TOO_DEEP('1:201-1:202')]);
    });

    it('answers 1,000 nested block mappings (indented one space more each) at the line past 100 levels', () => {
      const text = Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + '\n';
      assert.deepEqual(timed('1,000 nested maps', text), [TOO_DEEP('101:101-101:102')]);
    });

    it('answers 20,000 nested block mappings (200 MB of indentation) with the size limit, before reading them', () => {
      const text = Array.from({ length: 20_000 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + '\n';
      assert.deepEqual(timed('20,000 nested maps', text), [TOO_LARGE('190.8')]);
    });

    it('does not count brackets inside text, quotes, comments or block scalars', () => {
      const deepText = `notes:\n  - 详见${'['.repeat(300)}附表\n  - "${'{'.repeat(300)}"\n  - |\n    ${'['.repeat(300)}\n# ${'['.repeat(300)}\n`;
      assert.deepEqual(timed('brackets in text', fixture('consistent.budget.yaml').replace('notes:\n  - 本部门无国有资本经营收入。\n', deepText)), []);
    });
  });

  describe('size', () => {
    it('answers a 40 MB single line with the size limit', () => {
      const line = 'notes: ' + '长'.repeat(40 * 1024 * 1024 / 3 - 3);
      assert.deepEqual(timed('40 MB line', line), [TOO_LARGE('40.0')]);
    });

    it('checks a 5 MB single line normally', () => {
      const text = fixture('consistent.budget.yaml').replace('本部门无国有资本经营收入。', 'x'.repeat(5 * 1024 * 1024));
      assert.deepEqual(timed('5 MB line', text), []);
    });

    it(`checks ${VALUES_ON_A_LINE.toLocaleString('en')} values on one line (minified, as a converter writes it) without reading the line once per value`, () => {
      // Before, each value looked for the line's end: 22–35 s here, quadratic in the line's length.
      const items = `[${Array(VALUES_ON_A_LINE).fill('本部门无国有资本经营收入').join(',')}]`;
      const text = fixture('consistent.budget.yaml').replace(/^notes:\n(?:  - .*\n)+/m, `notes: ${items}\n`);
      assert.notEqual(text, fixture('consistent.budget.yaml'));
      assert.deepEqual(timed(`${VALUES_ON_A_LINE.toLocaleString('en')} values on a line`, text), []);
    });

    it(`checks a ${DOCUMENT_MB} MB document (a city-wide consolidation is 10 MB) instead of refusing it`, () => {
      const note = '  - 本部门无国有资本经营收入，特此说明。\n';
      const text = fixture('consistent.budget.yaml') + note.repeat(DOCUMENT_MB * 1024 * 1024 / Buffer.byteLength(note));
      assert.equal((Buffer.byteLength(text) / 1024 / 1024).toFixed(1), `${DOCUMENT_MB}.0`);
      assert.deepEqual(timed(`${DOCUMENT_MB} MB document`, text), []);
    });

    it('answers a 40 MB document with the size limit, before reading it', () => {
      const note = '  - 本部门无国有资本经营收入，特此说明。\n';
      const text = fixture('consistent.budget.yaml') + note.repeat(40 * 1024 * 1024 / Buffer.byteLength(note));
      assert.deepEqual(timed('40 MB document', text), [TOO_LARGE('40.0')]);
    });

    it(`finds the repeated key \`k7\` among ${KEYS.toLocaleString('en')} keys of one mapping in linear time`, () => {
      const keys = Array.from({ length: KEYS }, (_, i) => `k${i}: 1`);
      const text = `notes: {${keys.join(', ')}, k7: 2}\n`;
      const at = text.lastIndexOf('k7') + 1;
      assert.deepEqual(timed(`${KEYS.toLocaleString('en')} keys`, text).filter((x) => x.rule === 'yaml-syntax').map((x) => x.range), [`1:${at}-1:${at + 2}`]);
    });
  });

  describe('settings', () => {
    it('takes positive integers and ignores anything else a workspace might set', () => {
      assert.deepEqual(resolveLimits({ maxDocumentBytes: 2048, maxNestingDepth: -1, maxAliasCount: Number.NaN, maxValues: '5' }), { ...DEFAULT_LIMITS, maxDocumentBytes: 2048 });
    });

    it('tells two settings apart only when they come to other limits (the incremental check and the preview read the text again then)', () => {
      assert.ok(sameLimits(undefined, {}));
      assert.ok(sameLimits({ maxNestingDepth: -1 }, {}), 'an invalid limit falls back to the default');
      assert.ok(sameLimits({ maxNestingDepth: 1e6 }, { maxNestingDepth: 1000 }), 'both capped alike');
      assert.ok(!sameLimits({ maxNestingDepth: 50 }, {}));
    });

    it('caps values that would take the checker past what is safe', () => {
      assert.deepEqual(resolveLimits({ maxNestingDepth: 1e6, maxDocumentBytes: 1e12 }), { ...DEFAULT_LIMITS, maxNestingDepth: 1000, maxDocumentBytes: 64 * 1024 * 1024 });
    });

    it('tells a lowered size limit in a unit that shows it (KB, not 0.0 MB)', () => {
      const f = check(fixture('consistent.budget.yaml'), { limits: { maxDocumentBytes: 1000 } }).findings.map(pin);
      assert.match(f[0]!.zh, /^文件过大（\d+ KB），超过上限 1000 bytes（设置 budget\.limits\.maxDocumentBytes）/);
      assert.match(f[0]!.en, /^The file is too large \(\d+ KB\), above the limit of 1000 bytes \(setting/);
    });

    it('applies a lowered nesting limit from the check options', () => {
      const f = check(fixture('consistent.budget.yaml'), { limits: { maxNestingDepth: 3 } }).findings.map(pin);
      assert.deepEqual(f.map((x) => x.en.slice(0, 37)), ['Nesting is too deep: more than 3 leve']);
    });
  });
});
