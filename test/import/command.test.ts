import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { check } from '../../server/src/core/check/check';
import { importFile } from '../../server/src/import';
import { example } from '../helpers';

const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'import', 'cangzhou-2018.txt'));
/** The hand-made example's findings: the imported seed has the same. */
const EXPECTED = check(example()).findings;
const ERRORS = EXPECTED.filter((f) => f.severity === 'error').length;

describe('import: the core of Budget: Import Document…', () => {
  it('names the document beside its source, and tells what was read and what the check finds in one line', async () => {
    const imported = await importFile(SEED, '说明.txt');
    assert.equal(imported.target, '说明.budget.yaml');
    assert.equal(imported.findings.length, EXPECTED.length);
    assert.deepEqual(imported.summary, {
      zh: `已导入：9 个部分，4 张表，29 个句中数字；2 段保留为文字，0 处有歧义；检查发现 ${EXPECTED.length} 个问题（${ERRORS} 个错误）。`,
      en: `Imported: 9 sections, 4 tables, 29 figures from sentences; 2 pieces kept as text, 0 ambiguous; the check finds ${EXPECTED.length} problems (${ERRORS} errors).`,
    });
  });

  it('gives the whole report and every finding by line for the output panel', async () => {
    const details = (await importFile(SEED, '说明.txt')).details('en').split('\n');
    assert.equal(details[0], 'Read: 9 sections, 4 tables, 29 figures from sentences, 2 pieces kept as text, 0 ambiguous');
    assert.ok(details.includes('  line 107 → threePublicExpenses.explanation: 车辆运行费减少是因为我区严格控制车辆管理，减少部分公务用车运行维护费支出；公务接待费减少是因为严格落实中央规定，减少接待…'));
    assert.equal(details.filter((l) => /^说明\.budget\.yaml:\d+:\d+ (error|warning|info) /.test(l)).length, EXPECTED.length);
    assert.ok(details.some((l) => /^说明\.budget\.yaml:\d+:\d+ error Budget 29155\.00 does not match the sum of its children 9205\.00 \(difference 19950\.00\) \(sum-mismatch\)$/.test(l)));
  });

  it('refuses a file it does not read, naming it', async () => {
    await assert.rejects(importFile(new Uint8Array(), 'a.pdf'), { message: 'a.pdf: not a .txt, .docx or .xlsx file' });
  });

  it('tells a text file that is not UTF-8', async () => {
    await assert.rejects(importFile(new Uint8Array([0xc3, 0x28]), 'a.txt'), { message: 'not UTF-8 text (save it as UTF-8, or as Unicode text)' });
  });
});
