import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { check } from '../../server/src/core/check/check';
import { example, fixture } from '../helpers';
import { budgetdoc as inProcess } from './budgetdoc';

const budgetdoc = (cwd: string, ...args: string[]) => inProcess(['check', ...args], { cwd });

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

/** A second indicator, which merged-indicators' fix adds after the first of two run together. */
const SECOND = (name: string) => [`            - name: ${name}`, '              grades: { excellent: ≥90%, good: ≥80%, fair: ≥70%, poor: <70% }'];

/**
 * The 2018 example after Fix all, written out line by line (1-based lines of the original): three names lose their
 * numbering, two indicators run together are split, four misspelt terms are spelt and a repeated clause and word
 * are written once. The budgets 29155.00 and 1518.81, which their children do not add up to, stay: nothing else
 * says whether the total or a child is wrong (or missing), so changing the total is a suggestion, never Fix all's.
 * Nor do the seven activities without indicators get one: an indicator and its grades are the author's to write.
 * Nothing else changes.
 */
function expectedFix(original: string): string {
  const lines = original.split('\n');
  const replaced: Record<number, [string, string]> = {
    24: ['    - 负责辖区教育，文化， 人口和计划生育等社会事务管理工作，维护社会维定', '    - 负责辖区教育，文化， 人口和计划生育等社会事务管理工作，维护社会稳定'],
    272: ['            - name: 社会保险到位率公益性岗位到位率', '            - name: 社会保险到位率'],
    303: ['            - name: 军转干部解困到位率军转干部安置计划落实率', '            - name: 军转干部解困到位率'],
    524: ['    - name: 三、双拥优抚安置政策及管理', '    - name: 双拥优抚安置政策及管理'],
    685: ['    - name: 三十八、卫计政务管理', '    - name: 卫计政务管理'],
    704: ['    - name: 三十九、食品安全管理', '    - name: 食品安全管理'],
    936: ['  - term: 一般共预算拨款收入', '  - term: 一般公共预算拨款收入'],
  };
  // Lines where only a part changes: the original line must hold `from`, which becomes `to`.
  const edited: Record<number, [string, string]> = {
    550: ['负责假肢假矫形器生产装配企业', '负责假肢矫形器生产装配企业'],
    553: ['- name: 假肢假矫形器生产装配企业资格认定合格率', '- name: 假肢矫形器生产装配企业资格认定合格率'],
    563: ['依法按时办理行政复议案件；依法按时办理行政复议案件；', '依法按时办理行政复议案件；'],
    640: ['补助贫困寄宿生活生活费', '补助贫困寄宿生活费'],
  };
  const inserted: Record<number, readonly string[]> = {};
  inserted[273] = SECOND('公益性岗位到位率');
  inserted[304] = SECOND('军转干部安置计划落实率');
  return lines.flatMap((line, i) => {
    const n = i + 1;
    const swap = replaced[n];
    if (swap) assert.equal(line, swap[0], `line ${n}`);
    const part = edited[n];
    if (part) assert.ok(line.includes(part[0]), `line ${n}`);
    return [swap ? swap[1] : part ? line.replace(part[0], part[1]) : line, ...(inserted[n] ?? [])];
  }).join('\n');
}

describe('budgetdoc check --fix', () => {
  let dir: string;
  const cangzhou = example();
  const statistics = example('statistics-2024.budget.yaml');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'budgetdoc-fix-'));
    writeFileSync(join(dir, 'cangzhou-2018.budget.yaml'), cangzhou);
    writeFileSync(join(dir, 'statistics-2024.budget.yaml'), statistics);
    writeFileSync(join(dir, 'cangzhou-crlf.budget.yaml'), crlf(cangzhou));
    writeFileSync(join(dir, 'statistics-crlf.budget.yaml'), crlf(statistics));
  });
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');

  it('on a folder of the bundled examples, LF and CRLF, fixes every fixable finding and changes no other byte', () => {
    const clean = ['statistics-2024.budget.yaml', 'statistics-crlf.budget.yaml'].map((f) => statSync(join(dir, f)).mtimeMs);
    const r = budgetdoc(dir, '.', '--fix');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /\nFixed 22 problems in 2 files\n✖ 62 problems \(38 errors, 24 warnings, 0 info\)\n$/);
    // Each change is shown where it was made, the old text and the new.
    assert.match(r.stdout, /\nChanged:\n {2}cangzhou-2018\.budget\.yaml:24:37 {2}"社会维定" → "社会稳定"\n/);
    assert.match(r.stdout, /\n {2}cangzhou-crlf\.budget\.yaml:524:13 {2}"三、" → ""\n/);
    assert.doesNotMatch(r.stdout, /29155\.00"|1518\.81"|statistics-/);
    assert.equal(read('cangzhou-2018.budget.yaml'), expectedFix(cangzhou));
    assert.equal(read('cangzhou-crlf.budget.yaml'), crlf(expectedFix(cangzhou)));
    // The clean example has nothing to fix: not written at all.
    assert.equal(read('statistics-2024.budget.yaml'), statistics);
    assert.deepEqual(['statistics-2024.budget.yaml', 'statistics-crlf.budget.yaml'].map((f) => statSync(join(dir, f)).mtimeMs), clean);
    for (const f of ['cangzhou-2018.budget.yaml', 'cangzhou-crlf.budget.yaml']) assert.deepEqual(check(read(f)).findings.filter((x) => x.fix).map((x) => x.rule), [], f);
    // A second run finds nothing left to fix.
    assert.match(budgetdoc(dir, '.', '--fix-dry-run').stdout, /\n0 problems in 0 files would be fixed \(--fix-dry-run: nothing written\)\n/);
  });

  it('with --fix-dry-run, writes nothing and reports what fixing would leave', () => {
    const r = budgetdoc(dir, 'cangzhou-2018.budget.yaml', '--fix-dry-run', '--format', 'json');
    assert.equal(read('cangzhou-2018.budget.yaml'), cangzhou);
    const report = JSON.parse(r.stdout);
    const { changes, ...fixed } = report.fixed;
    assert.deepEqual(fixed, { files: 1, findings: 11, written: false });
    assert.equal(report.findings.length, 31);
    // What would change, in positions of the text as read: the first is a misspelt term, and no budget is among them.
    assert.equal(changes.length, 13);
    assert.deepEqual(changes[0], { file: 'cangzhou-2018.budget.yaml', range: { start: { line: 23, character: 36 }, end: { line: 23, character: 40 } }, from: '社会维定', to: '社会稳定' });
    assert.ok(!changes.some((c: { from: string }) => /\d/.test(c.from)));
    assert.ok(!report.findings.some((f: { rule: string }) => f.rule === 'numbering-prefix'));
  });

  it('keeps a byte order mark, and leaves a file without fixable findings untouched', () => {
    const bom = join(dir, 'bom.budget.yaml');
    // basic 2410.00 where its change to last year and the total both say 2400.00: a fix the figures bear out.
    writeFileSync(bom, '\uFEFF' + fixture('consistent.budget.yaml').replace('basic: 2400.00', 'basic: 2410.00'));
    assert.equal(budgetdoc(dir, 'bom.budget.yaml', '--fix').code, 0);
    assert.equal(readFileSync(bom, 'utf8'), '\uFEFF' + fixture('consistent.budget.yaml'));
  });

  it('refuses standard input, which it cannot write back', () => {
    assert.deepEqual(budgetdoc(dir, '-', '--fix'), { code: 2, stdout: '', stderr: 'budgetdoc: --fix cannot write standard input back; --fix-dry-run reports what fixing would leave\n' });
  });
});
