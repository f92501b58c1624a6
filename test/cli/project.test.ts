import { strict as assert } from 'assert';
import { copyFileSync, mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { byPosition, DOCUMENT, FINDINGS, reported } from '../fixtures/project/findings';
import { budgetdoc, ROOT, spawnBudgetdoc } from './budgetdoc';

const PROJECT = join(ROOT, 'test', 'fixtures', 'project');
/** A Chinese terminal: the configuration's `locale: en` must win over it. */
const CHINESE = { LANG: 'zh_CN.UTF-8', NO_COLOR: '1' };

describe('budgetdoc check on test/fixtures/project, under its .budgetdoc.yaml', () => {
  it('reports the findings the editor and the preview show: sum-mismatch a warning, numbering-prefix off, messages in English', () => {
    const r = budgetdoc(['check', '--format', 'json', DOCUMENT], { cwd: PROJECT, env: CHINESE });
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const found = reported(r.stdout);
    assert.deepEqual(found.map((f) => f.file), FINDINGS.map(() => DOCUMENT));
    assert.deepEqual(found.map((f) => f.finding).sort(byPosition), [...FINDINGS].sort(byPosition));
  });

  it('checks the folder as `budgetdoc check .` and prints the same, located', () => {
    const r = spawnBudgetdoc(['check', '.'], { cwd: PROJECT, env: CHINESE });
    assert.deepEqual(r, {
      code: 1,
      stderr: '',
      stdout: [
        DOCUMENT,
        '  40:17    error    Change rate -5% does not match -4.00% computed from last year 25 and this year 24; it should be -4%  rate-mismatch',
        '  51:15    warning  Budget 597.00 does not match the sum of its children 587.00 (difference 10.00)  sum-mismatch',
        '  72:15    warning  “社会维定” is a misspelling of “社会稳定”  term-spelling',
        '',
        '✖ 3 problems (1 error, 2 warnings, 0 info)',
        '',
      ].join('\n'),
    });
  });

  it('without the configuration, the same document gives the defaults: sum-mismatch an error, numbering-prefix on, the terminal\'s language', () => {
    const bare = mkdtempSync(join(tmpdir(), 'budgetdoc-bare-'));
    copyFileSync(join(PROJECT, DOCUMENT), join(bare, DOCUMENT));
    const found = reported(budgetdoc(['check', '--format', 'json', DOCUMENT], { cwd: bare, env: CHINESE }).stdout).map((f) => f.finding);
    assert.deepEqual(found.sort(byPosition).map((f) => [f.rule, f.severity, f.range]), [
      ['rate-mismatch', 'error', '40:17-40:20'],
      ['sum-mismatch', 'error', '51:15-51:21'],
      ['numbering-prefix', 'warning', '69:13-69:19'],
      ['term-spelling', 'warning', '72:15-72:19'],
    ]);
    assert.equal(found.find((f) => f.rule === 'term-spelling')?.message, '“社会维定”应为“社会稳定”');
  });
});
