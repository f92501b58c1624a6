import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fixture } from '../helpers';
import { budgetdoc as inProcess } from './budgetdoc';

const budgetdoc = (cwd: string, ...args: string[]) => inProcess(['check', ...args], { cwd });

const crlf = (text: string) => text.replace(/\n/g, '\r\n');
const consistent = fixture('consistent.budget.yaml');

/** The consistent fixture with a format slip in each of five figures: each is certain, and only its characters change. */
const SLIPS: readonly (readonly [string, string])[] = [
  ['    basic: 2400.00', '    basic: 2,400.00'],
  ['    project: 800.00', '    project: 800.00万元'],
  ['{ name: 其他收入, amount: 200.00 }', '{ name: 其他收入, amount: ２００.００ }'],
  ['changeRate: -4%', 'changeRate: 下降4%'],
  ['change: -2,', 'change: 减少2,'],
];
const slipped = SLIPS.reduce((text, [from, to]) => text.replace(from, to), consistent);
const tabbed = consistent.replace(/^( +)/gm, (spaces) => '\t'.repeat(spaces.length >> 1) + ' '.repeat(spaces.length & 1));

describe('budgetdoc check --fix on format slips', () => {
  it('fixes thousands separators, a written unit, full-width digits and changes in words, LF and CRLF, changing no other byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-slips-'));
    writeFileSync(join(dir, 'lf.budget.yaml'), slipped);
    writeFileSync(join(dir, 'crlf.budget.yaml'), crlf(slipped));
    const before = budgetdoc(dir, '.', '--format', 'json');
    const found = (JSON.parse(before.stdout) as { findings: { rule: string; path: string }[] }).findings;
    const each = [
      'schema overview.income.items[1].amount', 'schema overview.expenditure.basic', 'schema overview.expenditure.project',
      'schema threePublicExpenses.vehicleOperation.changeRate', 'schema threePublicExpenses.reception.change',
    ];
    assert.deepEqual(found.map((f) => `${f.rule} ${f.path}`), [...each, ...each], before.stdout);
    const r = budgetdoc(dir, '.', '--fix');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Fixed 10 problems in 2 files\n/);
    assert.equal(readFileSync(join(dir, 'lf.budget.yaml'), 'utf8'), consistent);
    assert.equal(readFileSync(join(dir, 'crlf.budget.yaml'), 'utf8'), crlf(consistent));
  });

  it('converts a tab-indented file to spaces, LF and CRLF, changing no other byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budgetdoc-tabs-'));
    writeFileSync(join(dir, 'lf.budget.yaml'), tabbed);
    writeFileSync(join(dir, 'crlf.budget.yaml'), crlf(tabbed));
    const r = budgetdoc(dir, '.', '--fix');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Fixed 2 problems in 2 files\n/);
    assert.equal(readFileSync(join(dir, 'lf.budget.yaml'), 'utf8'), consistent);
    assert.equal(readFileSync(join(dir, 'crlf.budget.yaml'), 'utf8'), crlf(consistent));
  });
});
