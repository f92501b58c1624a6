import { strict as assert } from 'assert';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { budgetdoc as check, budgetdocAsync as budgetdoc, ROOT, spawnBudgetdoc } from '../cli/budgetdoc';

const SEED = join(ROOT, 'test', 'fixtures', 'import', 'cangzhou-2018.txt');

describe('budgetdoc import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-import-'));
  const seed = join(dir, '说明.txt');
  copyFileSync(SEED, seed);

  it('writes the document beside the source, prints the report, then the findings, and exits 1 on their errors', async () => {
    const r = await budgetdoc(['import', seed, '--locale', 'en']);
    const out = join(dir, '说明.budget.yaml');
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.ok(existsSync(out));
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], `Wrote ${out}`);
    assert.equal(lines[1], 'Read: 9 sections, 4 tables, 29 figures from sentences, 2 pieces kept as text, 0 ambiguous');
    assert.ok(lines.includes('  threePublicExpenses ← line 45 财政拨款“三公”经费预算情况及增减变化原因'));
    assert.ok(lines.includes('  line 107 → threePublicExpenses.explanation: 车辆运行费减少是因为我区严格控制车辆管理，减少部分公务用车运行维护费支出；公务接待费减少是因为严格落实中央规定，减少接待…'));
    assert.ok(lines.includes('Names with their numbering removed: 69 (the renderer numbers)'));
    assert.ok(lines.includes(out));
    assert.ok(lines.some((l) => /^ {2}\d+:\d+ +error +Budget 29155\.00 does not match the sum of its children 9205\.00 \(difference 19950\.00\) +sum-mismatch$/.test(l)));
    // The summary of the example's own check: the imported seed has the same findings.
    const summary = check(['check', join(ROOT, 'examples', 'cangzhou-2018.budget.yaml'), '--locale', 'en']).stdout.trimEnd().split('\n').pop();
    assert.equal(lines[lines.length - 2], summary);
    assert.equal(readFileSync(out, 'utf8').split('\n')[2], 'budget: 1');
  });

  it('writes the document to standard output with -o -, the report and findings to standard error', () => {
    // The bin in a process of its own, which reads the importer from its bundle (dist/importer.js).
    const r = spawnBudgetdoc(['import', seed, '-o', '-', '--locale', 'en']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^# 由 budgetdoc import 自“说明\.txt”导入/);
    assert.match(r.stdout, /\nregion: 沧州经济开发区\n/);
    assert.match(r.stderr, /^Read: 9 sections/);
    assert.match(r.stderr, /\n✖ \d+ problems \(19 errors, /);
  });

  it('tells a file it cannot read in one line, and exits 2', async () => {
    const bad = join(dir, 'broken.docx');
    writeFileSync(bad, 'not a zip');
    assert.deepEqual(await budgetdoc(['import', bad]), { code: 2, stdout: '', stderr: `budgetdoc: ${bad}: cannot be read as a Word (.docx) file (Can't find end of central directory)\n` });
    assert.deepEqual(await budgetdoc(['import', join(dir, 'none.xlsx')]), { code: 2, stdout: '', stderr: `budgetdoc: ${join(dir, 'none.xlsx')}: no such file\n` });
    assert.deepEqual(await budgetdoc(['import', join(dir, 'a.pdf')]), { code: 2, stdout: '', stderr: `budgetdoc: ${join(dir, 'a.pdf')}: import reads .txt, .docx and .xlsx files\n` });
    assert.deepEqual(await budgetdoc(['import']), { code: 2, stdout: '', stderr: 'budgetdoc: import takes one file, not 0 (budgetdoc --help tells how to call it)\n' });
  });
});
